package ru.nastavnik.documents.model;

import java.time.LocalDate;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;

/**
 * What one document is generated for: the school, its programme, and the pair or person where the
 * kind is about one ({@link DocumentKind.Subject}); the date printed on it.
 */
public record ModelContext(DocumentKind kind, School school, MentoringProgram program, MentoringPair pair,
    StaffMember person, LocalDate date) {

  /** The first year of «2025/2026». */
  public int firstYear() {
    String y = program.getAcademicYear();
    if (y != null && y.length() >= 4 && y.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(y.substring(0, 4));
    }
    return date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
  }

  /** 01.09.2025 – 31.05.2026, or from the document's date when it is later than 1 September. */
  public String period() {
    LocalDate start = LocalDate.of(firstYear(), 9, 1);
    LocalDate end = LocalDate.of(firstYear() + 1, 5, 31);
    if (date.isAfter(start) && date.isBefore(end)) {
      start = date;
    }
    return Texts.date(start) + " – " + Texts.date(end);
  }
}
