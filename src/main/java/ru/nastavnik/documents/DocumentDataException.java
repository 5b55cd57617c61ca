package ru.nastavnik.documents;

import ru.nastavnik.common.UserFacingException;

/** The programme lacks data a document needs (no curator yet, a pair of another programme…). */
public class DocumentDataException extends UserFacingException {

  public DocumentDataException(String message) {
    super(409, message);
  }
}
