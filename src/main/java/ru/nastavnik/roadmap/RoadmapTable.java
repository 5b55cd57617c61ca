package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * The roadmap as a document table (for the DOCX the documents module renders): the seed's
 * columns «№ п/п | Мероприятие | Форма представления результата | Сроки | Ответственный» plus
 * «Статус», rows grouped by section as in the seed.
 */
public record RoadmapTable(String title, String schoolName, String schoolFullName, String academicYear,
    LocalDate asOf, List<String> columns, List<Section> sections) {

  public static final List<String> COLUMNS = List.of("№ п/п", "Мероприятие", "Форма представления результата",
      "Сроки", "Ответственный", "Статус");

  /** A group of rows under its heading («2. Организационно-методическое обеспечение …»); may be untitled. */
  public record Section(String title, List<Line> lines) {}

  /** One line of the table, every cell as text. */
  public record Line(String number, String action, String resultForm, String period, String responsible,
      String status) {

    public List<String> cells() {
      return List.of(number, action, resultForm, period, responsible, status);
    }
  }
}
