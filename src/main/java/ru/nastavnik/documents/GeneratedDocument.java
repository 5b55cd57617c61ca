package ru.nastavnik.documents;

import java.time.LocalDate;
import ru.nastavnik.documents.model.Texts;

/**
 * The result of a generation.
 *
 * @param reused true when the request key had already produced this document (a retry)
 */
public record GeneratedDocument(Long id, DocumentKind kind, String number, LocalDate date, String title,
    String fileName, byte[] docx, boolean reused) {

  /** The file name in Latin letters, for places that mangle others (Camunda file variables). */
  public String asciiFileName() {
    return Texts.transliterate(fileName.substring(0, fileName.length() - ".docx".length())) + ".docx";
  }
}
