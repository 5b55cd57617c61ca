package ru.nastavnik.common;

/** Recognising an uploaded file by its first bytes (its "magic number"), never by its name. */
public final class FileSignatures {

  private FileSignatures() {}

  /** Whether the content begins with these bytes (each given as 0..255). */
  public static boolean startsWith(byte[] content, int... magic) {
    if (content == null || content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A zip package (DOCX, XLSX): local file header {@code PK\3\4}. */
  public static boolean isZip(byte[] content) {
    return startsWith(content, 'P', 'K', 3, 4);
  }
}
