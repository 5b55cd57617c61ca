package ru.nastavnik.staff.importing;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Russian answers for refused uploads. Deliberately not limited to a package like
 * {@code ApiExceptionHandler}: Spring parses a multipart request before it picks the controller,
 * and an advice scoped by package or type is then never consulted (it has no handler type to match).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadExceptionHandler {

  private final StaffImportProperties limits;

  public UploadExceptionHandler(StaffImportProperties limits) {
    this.limits = limits;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    long max = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : limits.maxBytes().toBytes();
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "Файл слишком большой: принимаются файлы размером не более "
        + ImportResult.megabytes(max) + ". Файл не обработан.");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, String>> noFile(MissingServletRequestPartException e) {
    return body(HttpStatus.BAD_REQUEST, "В запросе нет файла: передайте его в поле «" + e.getRequestPartName() + "».");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, String>> brokenUpload(MultipartException e) {
    return body(HttpStatus.BAD_REQUEST, "Загрузка файла не удалась: запрос оборван или повреждён. Попробуйте ещё раз.");
  }

  private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
