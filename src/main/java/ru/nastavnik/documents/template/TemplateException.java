package ru.nastavnik.documents.template;

import ru.nastavnik.common.UserFacingException;

/**
 * A template the application refuses to use: an unknown placeholder, a badly written one, or a
 * list that is not closed. The message is Russian and names the placeholder; the REST API answers
 * 400 with it, and a failed document job shows it as the incident message in Cockpit.
 */
public class TemplateException extends UserFacingException {

  private final String placeholder;

  public TemplateException(String message, String placeholder) {
    super(400, message);
    this.placeholder = placeholder;
  }

  /** The placeholder (or raw text) the template was rejected for; may be null. */
  public String placeholder() {
    return placeholder;
  }
}
