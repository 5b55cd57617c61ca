package ru.nastavnik.common;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refusals of the application's own REST API into JSON with a Russian message. */
@RestControllerAdvice(basePackages = "ru.nastavnik")
public class ApiExceptionHandler {

  @ExceptionHandler(UserFacingException.class)
  ResponseEntity<Map<String, String>> userFacing(UserFacingException e) {
    return body(HttpStatus.valueOf(e.status()), e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<Map<String, String>> concurrent(OptimisticLockingException e) {
    return body(HttpStatus.CONFLICT,
        "Задачу одновременно изменил другой пользователь. Обновите страницу и проверьте, осталась ли задача.");
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "Недостаточно прав для этого действия.");
  }

  @ExceptionHandler(NullValueException.class)
  ResponseEntity<Map<String, String>> missing(NullValueException e) {
    return body(HttpStatus.NOT_FOUND, "Объект не найден: возможно, он уже завершён или удалён.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "Запрос не удалось прочитать: проверьте формат данных (JSON).");
  }

  private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
