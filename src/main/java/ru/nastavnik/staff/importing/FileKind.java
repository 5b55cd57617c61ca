package ru.nastavnik.staff.importing;

import static ru.nastavnik.common.FileSignatures.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a staff file by its content, whatever its name or declared content type says:
 * an XLSX is a ZIP package with {@code [Content_Types].xml} and a workbook part; anything else
 * must be UTF-8 text to be read as CSV. Recognising an XLSX also unpacks it once, counting,
 * so that a zip bomb is refused before Apache POI sees it.
 */
enum FileKind {
  XLSX,
  CSV;

  private static final int MAX_ZIP_ENTRIES = 10_000;

  static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  static FileKind detect(byte[] content, long maxUnzippedBytes) throws ImportRejectedException {
    if (content.length == 0 || (hasUtf8Bom(content) && content.length == 3)) {
      throw new ImportRejectedException("файл пустой. Заполните шаблон списка сотрудников и загрузите его снова.");
    }
    if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0x50, 0x4B, 0x05, 0x06)) {
      checkSpreadsheetZip(content, maxUnzippedBytes);
      return XLSX;
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new ImportRejectedException("файл сохранён в старом формате Excel 97–2003 (.xls) или защищён "
          + "паролем. Снимите пароль и сохраните его как «Книга Excel (.xlsx)» или «CSV UTF-8».");
    }
    if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
      throw new ImportRejectedException("текстовый файл сохранён в кодировке UTF-16 («Текст Юникод»). "
          + "Сохраните его как «CSV UTF-8 (разделитель — запятая)» или как книгу Excel (.xlsx).");
    }
    if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
      throw new ImportRejectedException("это документ PDF, а не таблица. Загрузите список сотрудников в формате "
          + ".xlsx или .csv (возьмите шаблон).");
    }
    return CSV;
  }

  private static void checkSpreadsheetZip(byte[] content, long maxUnzippedBytes) throws ImportRejectedException {
    boolean contentTypes = false;
    boolean workbook = false;
    boolean odf = false;
    boolean word = false;
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw bomb();
        }
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        workbook |= name.equals("xl/workbook.xml") || (name.startsWith("xl/") && name.endsWith("workbook.xml"));
        odf |= name.equals("mimetype") || name.equals("content.xml");
        word |= name.startsWith("word/");
        int read;
        while ((read = zip.read(buffer)) > 0) {
          total += read;
          if (total > maxUnzippedBytes) {
            throw bomb();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ImportRejectedException("файл повреждён: это архив ZIP, который не удаётся распаковать. "
          + "Откройте его в Excel, сохраните заново как «Книга Excel (.xlsx)» и загрузите снова.");
    }
    if (contentTypes && workbook) {
      return;
    }
    if (odf) {
      throw new ImportRejectedException("файл в формате OpenDocument (.ods). Сохраните его как «Книга Excel "
          + "(.xlsx)» или «CSV UTF-8» и загрузите снова.");
    }
    if (contentTypes && word) {
      throw new ImportRejectedException("это документ Word, а не таблица. Загрузите список сотрудников в формате "
          + ".xlsx или .csv (возьмите шаблон).");
    }
    throw new ImportRejectedException("файл не является книгой Excel (.xlsx): это архив ZIP без книги. "
        + "Загрузите список сотрудников в формате .xlsx или .csv (возьмите шаблон).");
  }

  private static ImportRejectedException bomb() {
    return new ImportRejectedException("файл после распаковки оказался слишком большим для списка сотрудников "
        + "(похоже на «zip-бомбу»). Файл не обработан. Сохраните таблицу заново в Excel без лишних листов "
        + "и данных.");
  }

}
