package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.monitoring.CompletionService;
import ru.nastavnik.monitoring.FinalEventMaterials;
import ru.nastavnik.monitoring.FinalEventRepository;
import ru.nastavnik.monitoring.MonitoringReport;
import ru.nastavnik.monitoring.MonitoringReportService;
import ru.nastavnik.pairwork.PairWorkSchool;

/**
 * The information note for the pedagogical council (MONITORING_NOTE) carries the section «Итоговое
 * мероприятие»: the format, date, participants and materials text of the final event that closed the
 * year and the files attached to it with their sizes — generated from the built-in template and read
 * back with Apache POI. Without a final event the note says so in Russian; a note already stored
 * follows the files attached or removed later. Each test creates its own
 * school (tenant).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitoringNoteFinalEventTest {

  static final String SECTION = "Итоговое мероприятие";

  @Autowired ApplicationContext app;
  @Autowired CompletionService completion;
  @Autowired FinalEventRepository events;
  @Autowired FinalEventMaterials materials;
  @Autowired MonitoringReportService reports;
  @Autowired DocumentService documents;

  @Test
  void theNoteShowsTheFinalEventItsFieldsAndTheAttachedFilesWithTheirSizes() throws Exception {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(1, 1);
    Long eventId = finalEvent(school, "Итоговая конференция", LocalDate.of(2027, 5, 22), 24,
        "Программа конференции.\nПротокол № 1 <итоги года> & выступления пар");
    byte[] docx = SampleFiles.docx("Протокол итоговой конференции: выступили 6 наставников и 8 наставляемых.");
    byte[] png = SampleFiles.png();
    materials.attach(school.code(), eventId, "Протокол конференции.docx", docx, school.curator());
    materials.attach(school.code(), eventId, "Фото выступлений & награждения.png", png, school.curator());

    byte[] note = note(school, "with-event");
    String text = DocxRead.text(note);
    assertThat(text).doesNotContain("{{", "ещё не проведено", "Файлы не приложены")
        .contains("Программа наставничества завершена итоговым мероприятием.", "Итоговая конференция, 22.05.2027");
    // the section stands after the pairs' scores and before the conclusions
    assertThat(text.indexOf(SECTION)).isGreaterThan(text.indexOf("Результаты оценки наставнических пар (групп)"))
        .isLessThan(text.indexOf("Выводы и рекомендации"));

    List<List<String>> table = DocxRead.table(note, "Сведения", "Содержание");
    assertThat(table).hasSize(6);
    assertThat(table.get(1)).containsExactly("Формат проведения", "Итоговая конференция");
    assertThat(table.get(2)).containsExactly("Дата проведения", "22.05.2027");
    assertThat(table.get(3)).containsExactly("Количество участников", "24");
    assertThat(table.get(4).get(0)).isEqualTo("Материалы");
    assertThat(table.get(4).get(1)).contains("Программа конференции.", "Протокол № 1 <итоги года> & выступления пар");
    assertThat(table.get(5).get(0)).isEqualTo("Приложенные файлы (размер)");
    // the files in the order attached, each with the size the report page shows
    assertThat(table.get(5).get(1))
        .contains("1. Протокол конференции.docx (" + MonitoringReport.EventFile.readableSize(docx.length) + ")",
            "2. Фото выступлений & награждения.png (" + MonitoringReport.EventFile.readableSize(png.length) + ")");
    assertThat(table.get(5).get(1).indexOf("Протокол конференции.docx"))
        .isLessThan(table.get(5).get(1).indexOf("Фото выступлений"));
    // the sizes are those of the report (no query of its own), in Б/КБ/МБ
    MonitoringReport report = reports.report(school.programId());
    assertThat(report.finalEvents()).hasSize(1);
    assertThat(report.finalEvents().get(0).files()).extracting(MonitoringReport.EventFile::size)
        .containsExactly((long) docx.length, (long) png.length);
    assertThat(MonitoringReport.EventFile.readableSize(docx.length)).matches("\\d+(,\\d)? (Б|КБ)");
    // only one event: one table of its kind
    assertThat(DocxRead.tables(note).stream().filter(t -> t.get(0).get(0).equals("Сведения")).count()).isEqualTo(1);
  }

  @Test
  void withoutAFinalEventTheNoteSaysSoAndAnEventWithoutFilesSaysNoFilesWereAttached() throws Exception {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(1, 1);
    byte[] before = note(school, "before-event");
    String text = DocxRead.text(before);
    assertThat(text).contains(SECTION, "Итоговое мероприятие ещё не проведено.").doesNotContain("{{");
    assertThat(DocxRead.tables(before)).noneMatch(t -> t.get(0).get(0).equals("Сведения"));

    // the deputy records a round table without materials text and without files
    finalEvent(school, "Круглый стол", LocalDate.of(2027, 5, 27), 15, null);
    byte[] after = note(school, "after-event");
    assertThat(DocxRead.text(after)).doesNotContain("ещё не проведено", "{{").contains("Круглый стол, 27.05.2027");
    List<List<String>> table = DocxRead.table(after, "Сведения", "Содержание");
    assertThat(table.get(1)).containsExactly("Формат проведения", "Круглый стол");
    assertThat(table.get(2)).containsExactly("Дата проведения", "27.05.2027");
    assertThat(table.get(3)).containsExactly("Количество участников", "15");
    assertThat(table.get(4)).containsExactly("Материалы", "—");
    assertThat(table.get(5)).containsExactly("Приложенные файлы (размер)", "Файлы не приложены.");
  }

  @Test
  void theStoredNoteFollowsTheFilesAttachedAndRemovedAfterItWasMade() throws Exception {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(1, 1);
    Long eventId = finalEvent(school, "Педагогический фестиваль", LocalDate.of(2027, 5, 20), 30, "Открытые уроки пар");
    // stage VI made the note before the curator attached anything
    GeneratedDocument made = documents.generate(GenerationRequest.of(DocumentKind.MONITORING_NOTE, school.code(),
        school.programId(), "note-follows-" + school.code()));
    assertThat(filesRow(documents.docx(made.id()))).containsExactly("Приложенные файлы (размер)", "Файлы не приложены.");

    byte[] docx = SampleFiles.docx("Программа фестиваля открытых уроков.");
    byte[] png = SampleFiles.png();
    Long programFile = materials.attach(school.code(), eventId, "Программа фестиваля.docx", docx, school.curator()).getId();
    materials.attach(school.code(), eventId, "Фото.png", png, school.curator());

    assertThat(documents.ofProgram(school.programId(), DocumentKind.MONITORING_NOTE)).singleElement()
        .satisfies(d -> assertThat(d.getId()).isEqualTo(made.id()));
    byte[] stored = documents.docx(made.id());
    assertThat(DocxRead.text(stored)).contains("Педагогический фестиваль, 20.05.2027");
    assertThat(filesRow(stored).get(1)).contains(
        "1. Программа фестиваля.docx (" + MonitoringReport.EventFile.readableSize(docx.length) + ")",
        "2. Фото.png (" + MonitoringReport.EventFile.readableSize(png.length) + ")");

    // a refused file changes neither the files nor the note
    assertThatThrownBy(() -> materials.attach(school.code(), eventId, "пусто.docx", new byte[0], school.curator()))
        .hasMessageContaining("пуст");
    assertThat(documents.docx(made.id())).isEqualTo(stored);

    materials.remove(school.code(), eventId, programFile);
    List<String> after = filesRow(documents.docx(made.id()));
    assertThat(after.get(1)).contains("1. Фото.png").doesNotContain("Программа фестиваля.docx");
  }

  /** The deputy records the school's final event; its id. */
  private Long finalEvent(PairWorkSchool.Built school, String format, LocalDate date, int participants,
      String materials) {
    completion.recordFinalEvent(school.programId(), format, date, participants, materials, List.of(), school.deputy());
    return events.findByProgram(school.programId()).orElseThrow().getId();
  }

  private static List<String> filesRow(byte[] note) throws Exception {
    return DocxRead.table(note, "Сведения", "Содержание").get(5);
  }

  @Test
  void sizesReadAsBytesKilobytesAndMegabytes() {
    assertThat(MonitoringReport.EventFile.readableSize(812)).isEqualTo("812 Б");
    assertThat(MonitoringReport.EventFile.readableSize(14_540)).isEqualTo("14,2 КБ");
    assertThat(MonitoringReport.EventFile.readableSize(3_670_016)).isEqualTo("3,5 МБ");
  }

  private byte[] note(PairWorkSchool.Built school, String key) throws Exception {
    GeneratedDocument note = documents.generate(GenerationRequest.of(DocumentKind.MONITORING_NOTE, school.code(),
        school.programId(), "note-" + key + "-" + school.code()));
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(note.docx()))) {
      assertThat(doc.getParagraphs()).isNotEmpty();
    }
    return note.docx();
  }


}
