package ru.nastavnik.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo schools' staff files are written for the academic year 2026/27: newcomers were hired in
 * August 2026, so in that year they count as adapting at a new place (hired less than a year before
 * the program). Loaded in a later year, every date of the file moves by the same number of years,
 * so the demo keeps its newcomers and its veterans whatever the year.
 */
public final class DemoStaffFile {

  /** The academic year the files are written for starts in September of this year. */
  public static final int WRITTEN_FOR = 2026;

  private static final Pattern DATE = Pattern.compile("(?<![0-9])([0-3][0-9])\\.([01][0-9])\\.((?:19|20)[0-9]{2})(?![0-9])");
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private DemoStaffFile() {}

  /** The file for the academic year of the engine's today (Moscow time). */
  public static byte[] forToday(byte[] csv) {
    return forYearOf(csv, DemoDataLoader.today());
  }

  /** The file with its dates moved to the academic year of {@code today} (unchanged in 2026/27). */
  public static byte[] forYearOf(byte[] csv, LocalDate today) {
    int shift = DemoDataLoader.academicYearStart(today) - WRITTEN_FOR;
    if (shift == 0) {
      return csv;
    }
    Matcher m = DATE.matcher(new String(csv, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      m.appendReplacement(out, date.plusYears(shift).format(FORMAT));
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
