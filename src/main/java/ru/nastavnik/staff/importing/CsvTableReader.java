package ru.nastavnik.staff.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV staff table: UTF-8 with or without BOM, separator «;» or «,» (whichever the header
 * row uses more; «;» on a tie, as Russian Excel writes), fields in double quotes with «""» for a
 * quote and line breaks allowed inside quotes. Row numbers count records as Excel shows them.
 */
final class CsvTableReader {

  private CsvTableReader() {}

  static String decode(byte[] content) throws ImportRejectedException {
    int offset = FileKind.hasUtf8Bom(content) ? 3 : 0;
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      if (looksLikeWindows1251(content)) {
        throw new ImportRejectedException("файл CSV сохранён не в кодировке UTF-8 (похоже, в Windows-1251). "
            + "В Excel выберите «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)» "
            + "или загрузите книгу Excel (.xlsx).");
      }
      throw new ImportRejectedException("файл не является ни книгой Excel (.xlsx), ни текстовым файлом CSV "
          + "в кодировке UTF-8: возможно, он повреждён или это файл другого типа. Загрузите список "
          + "сотрудников в формате .xlsx или .csv (возьмите шаблон).");
    }
  }

  private static boolean looksLikeWindows1251(byte[] content) {
    String text = new String(content, Charset.forName("windows-1251"));
    long cyrillic = text.chars().filter(c -> c >= 'А' && c <= 'я').count();
    long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n').count();
    return control == 0 && cyrillic > 0;
  }

  /** Feeds every record of the text to the table; returns the separator used. */
  static char read(String text, RawTable table) throws ImportRejectedException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
        throw new ImportRejectedException("файл не похож на таблицу CSV: в нём есть двоичные данные. "
            + "Загрузите список сотрудников в формате .xlsx или .csv (возьмите шаблон).");
      }
    }
    char separator = detectSeparator(text);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int record = 1;
    int recordStart = 1;
    boolean quoted = false;
    boolean fieldStarted = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        i++;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        i++;
      } else if (c == '\r' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        if (!table.accept(record, fields)) {
          return separator;
        }
        fields = new ArrayList<>();
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        record++;
        recordStart = record;
      } else {
        field.append(c);
        fieldStarted = true;
        i++;
      }
    }
    if (quoted) {
      throw new ImportRejectedException("в строке " + recordStart + " открыта кавычка «\"», но не закрыта: "
          + "файл CSV повреждён или сохранён с ошибкой.");
    }
    if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
      fields.add(field.toString());
      table.accept(record, fields);
    }
    return separator;
  }

  /**
   * Looks at the first lines (a title may stand above the header) and takes the line with the most
   * «;» and «,» outside quotes: the separator is whichever of the two it has more of.
   */
  static char detectSeparator(String text) {
    int bestSemicolons = 0;
    int bestCommas = 0;
    int semicolons = 0;
    int commas = 0;
    int lines = 0;
    boolean quoted = false;
    for (int i = 0; i <= text.length() && lines < RawTable.HEADER_SEARCH_ROWS; i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ';') {
          semicolons++;
        } else if (c == ',') {
          commas++;
        } else if (c == '\n' || c == '\r') {
          if (semicolons + commas > bestSemicolons + bestCommas) {
            bestSemicolons = semicolons;
            bestCommas = commas;
          }
          semicolons = 0;
          commas = 0;
          lines++;
        }
      }
    }
    return bestCommas > bestSemicolons ? ',' : ';';
  }
}
