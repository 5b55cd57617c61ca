package ru.nastavnik.documents;

import static ru.nastavnik.common.FileSignatures.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Files attached as they are (materials of a final event): what a file is comes from its first
 * bytes, not from its name — a renamed executable is not a PDF. DOCX, PDF and PNG / JPEG pictures.
 */
public final class UploadedFiles {

  private UploadedFiles() {}

  /** The accepted formats, with the extension a stored file gets and the media type it is served with. */
  public enum Format {
    DOCX("docx", DocumentService.DOCX_MIME),
    PDF("pdf", "application/pdf"),
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** Does a file name's extension say this format («.jpeg» and «.jpg» both JPEG). */
    boolean named(String ext) {
      return extension.equals(ext) || (this == JPEG && "jpeg".equals(ext));
    }
  }

  /** Entries read at most when looking for the body of a DOCX (a zip with more is not taken for one). */
  private static final int MAX_ZIP_ENTRIES = 2000;

  /** The format of the content, or empty when it is none of the accepted ones. */
  public static Optional<Format> detect(byte[] content) {
    if (content == null || content.length < 4) {
      return Optional.empty();
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(Format.PDF);
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(Format.PNG);
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(Format.JPEG);
    }
    if (startsWith(content, 'P', 'K', 3, 4) && hasWordBody(content)) {
      return Optional.of(Format.DOCX);
    }
    return Optional.empty();
  }

  /** The extension of a file name in lower case, or "" without one. */
  public static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The accepted format a file name's extension names, if any. */
  public static Optional<Format> byExtension(String fileName) {
    String ext = extension(fileName);
    return Arrays.stream(Format.values()).filter(f -> f.named(ext)).findFirst();
  }


  /** A zip is a DOCX when it holds the WordprocessingML body {@code word/document.xml}. */
  private static boolean hasWordBody(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      int n = 0;
      while ((e = zip.getNextEntry()) != null && n++ < MAX_ZIP_ENTRIES) {
        if ("word/document.xml".equals(e.getName())) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
