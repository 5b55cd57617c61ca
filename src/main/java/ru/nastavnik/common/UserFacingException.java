package ru.nastavnik.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal the user can act on, with a Russian message. Extends Camunda's
 * {@link BadUserRequestException} so that, thrown from a task listener or delegate,
 * Camunda's REST API (and so Tasklist) answers 400 with this message and rolls back.
 */
public class UserFacingException extends BadUserRequestException {

  private final int status;

  public UserFacingException(String message) {
    this(400, message);
  }

  public UserFacingException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static UserFacingException notFound(String message) {
    return new UserFacingException(404, message);
  }

  public static UserFacingException conflict(String message) {
    return new UserFacingException(409, message);
  }

  public static UserFacingException forbidden(String message) {
    return new UserFacingException(403, message);
  }
}
