package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.documents.DemoSchool.Demo;
import ru.nastavnik.staff.StaffMember;

/** Every document of the demo school, generated and read back with POI. */
@DocumentsTest
class DocumentGenerationTest {

  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;
  @Autowired DocumentsTestConfig.MutableClock clock;

  Demo demo;

  @BeforeEach
  void school() {
    clock.set(LocalDate.of(2025, 8, 15));
    demo = demoSchool.create();
  }

  @AfterEach
  void resetClock() {
    clock.set(LocalDate.of(2025, 8, 15));
  }

  @Test
  void generatesEveryKindWithNumbersDatesNamesAndTables() throws IOException {
    Map<DocumentKind, GeneratedDocument> out = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.generated()) {
      out.put(kind, generate(kind, "all-" + kind));
    }
    dumpForReview(out);

    // every document: no placeholder left, the school and the date printed
    for (GeneratedDocument d : out.values()) {
      String text = DocxRead.text(d.docx());
      assertThat(text).as(d.kind().name()).doesNotContain("{{").doesNotContain("}}")
          .contains("ст. Старица");
    }

    // orders: consecutive numbers in the order generated, ГОСТ requisites
    int n = 0;
    for (DocumentKind kind : DocumentKind.generated()) {
      GeneratedDocument d = out.get(kind);
      if (kind.isOrder()) {
        n++;
        assertThat(d.number()).isEqualTo(n + "-од");
        String text = DocxRead.text(d.docx());
        assertThat(text).contains("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная"
                + " школа ст. Старица»", "ПРИКАЗ", "15.08.2025", "№ " + n + "-од", kind.title(), "ПРИКАЗЫВАЮ:",
            "Директор", "С. А. Тимофеева", "С приказом ознакомлены");
      } else {
        assertThat(d.number()).as(kind.name()).isNull();
      }
    }
    assertThat(documents.register(demo.code(), 2025)).extracting(Document::getNumber)
        .containsExactly("1-од", "2-од", "3-од", "4-од", "5-од", "6-од", "7-од");

    // the pairs order: a row per pair or group, with form and period
    List<List<String>> pairs = DocxRead.table(out.get(DocumentKind.ORDER_PAIRS).docx(), "№", "Наставник");
    assertThat(pairs).hasSize(1 + 6);
    assertThat(pairs.get(1)).containsExactly("1", "Иванова Мария Петровна, Учитель математики",
        "Петров Алексей Андреевич", "«Опытный педагог – молодой специалист»", "01.09.2025 – 31.05.2026");
    assertThat(pairs.get(6).get(2)).isEqualTo("Белова Ксения Игоревна\nГригорьева Дарья Максимовна");
    assertThat(DocxRead.text(out.get(DocumentKind.ORDER_PAIRS).docx())).contains("пар — 5, групп — 1, наставляемых — 7");
    List<List<String>> acquainted = DocxRead.table(out.get(DocumentKind.ORDER_PAIRS).docx(), "№", "Фамилия, имя, отчество");
    assertThat(acquainted).hasSize(1 + 6 + 7);

    // mentors, awards, curator
    assertThat(DocxRead.table(out.get(DocumentKind.ORDER_MENTORS).docx(), "№", "Фамилия, имя, отчество")
        .get(1)).containsExactly("1", "Волкова Елена Сергеевна", "Учитель начальных классов", "Начальные классы",
        "15 лет", "высшая");
    assertThat(DocxRead.table(out.get(DocumentKind.ORDER_AWARDS).docx(), "№", "Фамилия, имя, отчество"))
        .extracting(r -> r.get(1) + ": " + r.get(3)).containsExactly("Фамилия, имя, отчество: Награда",
            "Иванова Мария Петровна: Грамота «Лучший наставник»", "Волкова Елена Сергеевна: Грамота «Наставник года»",
            "Иванова Мария Петровна: Грамота «Лучшая пара»", "Петров Алексей Андреевич: Грамота «Лучшая пара»",
            "Волкова Елена Сергеевна: Грамота «Лучшая пара»", "Никитина Анна Павловна: Грамота «Лучшая пара»",
            "Волкова Елена Сергеевна: Сертификат участника программы наставничества",
            "Иванова Мария Петровна: Сертификат участника программы наставничества");
    // four people awarded, each acquainted once
    assertThat(DocxRead.text(out.get(DocumentKind.ORDER_AWARDS).docx())).contains("(4 чел.)");
    assertThat(DocxRead.text(out.get(DocumentKind.ORDER_CURATOR).docx()))
        .contains("Назначить куратором программы наставничества педагогических работников Соколова Анастасия Юрьевна,"
            + " Учитель истории.");
    assertThat(DocxRead.text(out.get(DocumentKind.ORDER_ORGANISATION).docx()))
        .contains("«Опытный педагог – молодой специалист», «Лидер педагогического сообщества – педагог, испытывающий"
            + " проблемы», «Педагог-новатор – консервативный педагог»", "2025/2026");
    assertThat(DocxRead.text(out.get(DocumentKind.ORDER_RESULTS).docx()))
        .contains("16 из 18 баллов, уровень — оптимальный", "Орлова Наталья Сергеевна", "проведено встреч — 3");

    // the regulation and the roadmap cite the approving order, generated before them
    assertThat(DocxRead.text(out.get(DocumentKind.REGULATION).docx())).contains("от 15.08.2025 № 2-од", "ПОЛОЖЕНИЕ");
    assertThat(DocxRead.table(out.get(DocumentKind.ROADMAP).docx(), "№ п/п", "Мероприятие")).hasSize(1 + 19);

    // analytic note: counts per category and per deficit
    byte[] note = out.get(DocumentKind.ANALYTIC_NOTE).docx();
    assertThat(DocxRead.table(note, "№", "Категория")).extracting(r -> r.get(2)).containsExactly("Человек", "4", "1", "1", "1");
    List<List<String>> deficits = DocxRead.table(note, "№", "Профессиональный дефицит (запрос)");
    assertThat(deficits.get(1)).containsExactly("1", "Организация учебного процесса", "3", "43 %");
    assertThat(deficits.get(2)).containsExactly("2", "Работа с родителями", "3", "43 %");
    assertThat(deficits.get(3)).containsExactly("3", "Дисциплина на уроке", "2", "29 %");
    assertThat(DocxRead.table(note, "№", "Фамилия, имя, отчество")).hasSize(1 + 7);
    assertThat(DocxRead.text(note)).contains("Учитель истории", "А. Ю. Соколова");

    // per-pair and per-person documents
    assertThat(DocxRead.table(out.get(DocumentKind.ROUTE_MAP).docx(), "№", "Сроки")).hasSize(1 + 3);
    assertThat(DocxRead.text(out.get(DocumentKind.ROUTE_MAP).docx()))
        .contains("Петров Алексей Андреевич", "Молодой специалист", "М. П. Иванова");
    assertThat(DocxRead.table(out.get(DocumentKind.MONITORING_NOTE).docx(), "№", "Наставническая пара (группа)"))
        .extracting(r -> r.get(3)).containsExactly("Уровень", "оптимальный", "допустимый", "недопустимый");
    assertThat(DocxRead.text(out.get(DocumentKind.MENTOR_REPORT).docx())).contains("Проведено встреч: 3",
        "2,5 ч", "17 баллов, уровень — оптимальный");
    assertThat(DocxRead.text(out.get(DocumentKind.CONSENT_PERSONAL_DATA).docx())).contains("152-ФЗ",
        "Я, Иванова Мария Петровна", "Цель обработки: обеспечение участия в программе наставничества",
        "Версия текста согласия: 2025-1", "346543, Ростовская область");
    assertThat(DocxRead.text(out.get(DocumentKind.TRAINING_CERTIFICATE).docx())).contains("СЕРТИФИКАТ",
        "№ СН-" + demo.code() + "-1", "Дата выдачи: 20.06.2025", "Иванова Мария Петровна");
    assertThat(DocxRead.text(out.get(DocumentKind.BEST_MENTOR_DIPLOMA).docx())).contains("ГРАМОТА",
        "в номинации «Лучший наставник»", "«15» августа 2025 г.");
    assertThat(DocxRead.text(out.get(DocumentKind.BEST_PAIR_DIPLOMA).docx())).contains("ГРАМОТА",
        "Иванова Мария Петровна", "Учитель математики, наставник", "в номинации «Лучшая пара»",
        "наставник Иванова Мария Петровна, наставляемые: Петров Алексей Андреевич");
    assertThat(DocxRead.text(out.get(DocumentKind.PARTICIPANT_CERTIFICATE).docx())).contains("СЕРТИФИКАТ",
        "участника программы наставничества", "Иванова Мария Петровна", "в 2025/2026 учебном году был(а) наставником",
        "наставляемых: 1, проведено встреч: 3");
  }

  @Test
  void theAnalyticNoteCountsOnlyMenteesWhoseConsentIsRecorded() {
    demoSchool.addMentee(demo, "Кандидатова", "Алла", "Ивановна", ru.nastavnik.bases.MenteeProfile.Status.CANDIDATE);
    demoSchool.addMentee(demo, "Отозвавшая", "Вера", "Ивановна", ru.nastavnik.bases.MenteeProfile.Status.WITHDRAWN);

    byte[] note = generate(DocumentKind.ANALYTIC_NOTE, "consented-only").docx();

    // 7 mentees of the demo school with a consent; the curator's candidate without one and the one
    // who withdrew are neither counted nor listed, and the shares are of those 7
    assertThat(DocxRead.text(note)).contains("В базу наставляемых включено педагогов: 7.")
        .doesNotContain("Кандидатова", "Отозвавшая");
    assertThat(DocxRead.table(note, "№", "Фамилия, имя, отчество")).hasSize(1 + 7);
    List<List<String>> categories = DocxRead.table(note, "№", "Категория");
    assertThat(categories).extracting(r -> r.get(2)).containsExactly("Человек", "4", "1", "1", "1");
    assertThat(categories).extracting(r -> r.get(3)).containsExactly("Доля", "57 %", "14 %", "14 %", "14 %");
  }

  @Test
  void aRetryWithTheSameKeyReturnsTheSameDocumentAndNumber() {
    GeneratedDocument first = generate(DocumentKind.ORDER_PAIRS, "pi-1:Task_GenerateOrder:ORDER_PAIRS:0");
    GeneratedDocument again = generate(DocumentKind.ORDER_PAIRS, "pi-1:Task_GenerateOrder:ORDER_PAIRS:0");
    GeneratedDocument other = generate(DocumentKind.ORDER_PAIRS, "pi-1:Task_GenerateOrder:ORDER_PAIRS:" + first.id());

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.number()).isEqualTo("1-од");
    assertThat(again.reused()).isTrue();
    assertThat(again.docx()).isEqualTo(first.docx());
    assertThat(other.number()).isEqualTo("2-од");
    assertThat(documents.register(demo.code(), 2025)).hasSize(2);
  }

  @Test
  void missingRequisitesAreListedAndTakeNoNumber() {
    var school = demoSchool.createWithoutRequisites();
    assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.ORDER_ORGANISATION,
        school.getCode(), demo.programId(), "k")))
        .isInstanceOfSatisfying(MissingRequisitesException.class, e -> {
          assertThat(e.missing()).containsExactly("фамилия, имя, отчество руководителя", "адрес");
          assertThat(e.getMessage()).contains("Не заполнены реквизиты школы «МБОУ «Школа»»",
              "фамилия, имя, отчество руководителя, адрес");
        });
    assertThat(documents.register(school.getCode(), 2025)).isEmpty();
  }

  @Test
  void aCancelledOrderKeepsItsNumberAndTheNextOrderTakesTheNext() {
    GeneratedDocument first = generate(DocumentKind.ORDER_MENTORS, "m1");
    documents.cancel(first.id(), "Ошибка в составе наставников", "director");
    GeneratedDocument second = generate(DocumentKind.ORDER_MENTORS, "m2");

    assertThat(second.number()).isEqualTo("2-од");
    assertThat(documents.register(demo.code(), 2025))
        .extracting(Document::getNumber, Document::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1-од", Document.Status.CANCELLED),
            org.assertj.core.groups.Tuple.tuple("2-од", Document.Status.ACTIVE));
    assertThatThrownBy(() -> documents.cancel(first.id(), "ещё раз", "director"))
        .hasMessageContaining("уже отменён");
  }

  @Test
  void theNumberFormatIsPerSchoolAndTheSequenceRestartsEachYear() {
    documents.setNumberFormat(demo.code(), "{nnn}/{yyyy}-НП");
    assertThat(generate(DocumentKind.ORDER_CURATOR, "c1").number()).isEqualTo("001/2025-НП");
    assertThat(generate(DocumentKind.ORDER_CURATOR, "c2").number()).isEqualTo("002/2025-НП");
    clock.set(LocalDate.of(2026, 1, 12));
    assertThat(generate(DocumentKind.ORDER_CURATOR, "c3").number()).isEqualTo("001/2026-НП");
    assertThatThrownBy(() -> documents.setNumberFormat(demo.code(), "од-{x}"))
        .hasMessageContaining("{n}");
  }

  @Test
  void dataTheDocumentNeedsIsChecked() {
    assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.ROUTE_MAP, demo.code(),
        demo.programId(), "no-pair")))
        .isInstanceOf(DocumentDataException.class).hasMessageContaining("pairId");
    Demo other = demoSchool.create();
    assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, demo.code(),
        other.programId(), "foreign-program")))
        .isInstanceOf(DocumentDataException.class).hasMessageContaining("не найдена");
    assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.CONSENT_PERSONAL_DATA, demo.code(),
        demo.programId(), "foreign-person").forPerson(other.mentors().get(0).getId())))
        .isInstanceOf(DocumentDataException.class).hasMessageContaining("не работает");
  }

  private GeneratedDocument generate(DocumentKind kind, String key) {
    GenerationRequest r = GenerationRequest.of(kind, demo.code(), demo.programId(), key).by("test", null);
    if (kind.subject() == DocumentKind.Subject.PAIR) {
      r = r.forPair(demo.pairs().get(0).getId());
    } else if (kind.subject() == DocumentKind.Subject.PERSON) {
      StaffMember mentor = demo.mentors().get(0);
      r = r.forPerson(mentor.getId());
    }
    return documents.generate(r);
  }

  /** Leaves the generated files in target/generated-documents for a look in Word or LibreOffice. */
  private static void dumpForReview(Map<DocumentKind, GeneratedDocument> out) throws IOException {
    Path dir = Path.of("target/generated-documents");
    Files.createDirectories(dir);
    for (GeneratedDocument d : out.values()) {
      Files.write(dir.resolve(d.kind().name() + ".docx"), d.docx());
    }
  }
}
