package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.documents.GenerationRequest;
import ru.nastavnik.monitoring.BestPractice;
import ru.nastavnik.monitoring.FinalEvent;
import ru.nastavnik.monitoring.PairOutcome;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;

/**
 * The export of everything held about a person finds them the way a withdrawal would: in their
 * school by the forms of the name no colleague shares (a colleague with the same surname keeps the
 * bare surname and her initials to herself), and it includes the completion's tables — the summing-up
 * of their pairs, final events and best practices that name them — and the stored documents about
 * them or naming them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonalDataExportTest {

  static final String SCHOOL = "eksport";

  @Autowired PersonalDataExport export;
  @Autowired DocumentService documents;
  @Autowired EntityManager em;
  @Autowired TransactionTemplate tx;
  final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  @Test
  void theExportFollowsTheSchoolsNameRulesAndCoversTheCompletion() throws Exception {
    Ids ids = tx.execute(s -> setUp());
    // documents: Дарья's consent form (about her), Мария's (not hers), the pairs' order (names both)
    generate(DocumentKind.CONSENT_PERSONAL_DATA, ids, null, ids.daria, "consent-daria");
    generate(DocumentKind.CONSENT_PERSONAL_DATA, ids, null, ids.maria, "consent-maria");
    generate(DocumentKind.MENTOR_REPORT, ids, ids.mariaPair, null, "report-maria-pair");

    Map<String, Object> out = export.export(SCHOOL, ids.daria, "eks-kurator", PiiAccessEntry.Action.EXPORT_JSON);
    JsonNode tree = json.valueToTree(out);

    assertThat(values(tree.path("records"), "details"))
        .contains("Закреплена пара: Смирнова О. Н. — Гусева Д. А.", "Приглашение gusevad@eksport.example")
        .doesNotContain("Закреплена пара: Смирнова О. Н. — Гусева М. И.", "Беседа с Гусевой о расписании");
    assertThat(tree.path("pairOutcomes")).singleElement().satisfies(o -> {
      assertThat(o.path("pairId").asLong()).isEqualTo(ids.dariaPair);
      assertThat(o.path("goals").asText()).isEqualTo(PairOutcome.Goals.YES.text());
      assertThat(o.path("comment").asText()).isEqualTo("Дарья Андреевна провела открытый урок");
    });
    assertThat(values(tree.path("finalEvents"), "materials"))
        .containsExactly("Выступления: Гусева Д. А. (мастер-класс), Смирнова О. Н.");
    assertThat(values(tree.path("bestPractices"), "title"))
        .containsExactlyInAnyOrder("Открытый урок пары Смирновой", "Игры на уроке английского");
    assertThat(tree.path("documents")).hasSize(1);
    assertThat(tree.path("documents").get(0).path("kind").asText()).isEqualTo(DocumentKind.CONSENT_PERSONAL_DATA.title());
    assertThat(tree.path("documents").get(0).path("reason").asText()).isEqualTo("о сотруднике");

    // Мария's export: her pair's outcome and report, her own consent form, the festival naming her by initials; none of Дарья's rows
    JsonNode maria = json.valueToTree(export.export(SCHOOL, ids.maria, "eks-kurator", PiiAccessEntry.Action.EXPORT_JSON));
    assertThat(values(maria.path("records"), "details")).containsExactly("Закреплена пара: Смирнова О. Н. — Гусева М. И.");
    assertThat(values(maria.path("pairOutcomes"), "pairId")).containsExactly(ids.mariaPair.toString());
    assertThat(values(maria.path("finalEvents"), "format")).containsExactly("Фестиваль");
    assertThat(values(maria.path("bestPractices"), "title")).containsExactly("Проверка тетрадей без стресса");
    assertThat(values(maria.path("documents"), "reason")).containsExactlyInAnyOrder("о сотруднике", "о его паре");

    // the Word export shows the new sections with Russian headings
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(PersonalDataDocx.render(out)));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Итоги работы пар", "Цели достигнуты", PairOutcome.Goals.YES.text(),
          "Итоговые мероприятия, в материалах которых упомянут сотрудник", "Гусева Д. А. (мастер-класс)",
          "Лучшие практики", "Игры на уроке английского", "Хранимые документы о сотруднике",
          DocumentKind.CONSENT_PERSONAL_DATA.title(), "Почему включён");
    }
  }

  private void generate(DocumentKind kind, Ids ids, Long pairId, Long staffId, String key) {
    documents.generate(new GenerationRequest(kind, SCHOOL, ids.program, pairId, staffId, key, null, "eks-kurator"));
  }

  private Ids setUp() {
    School school = new School(SCHOOL, "МБОУ «СОШ № 9»", "Муниципальное бюджетное общеобразовательное учреждение"
        + " «Средняя общеобразовательная школа № 9»", "МБОУ «СОШ № 9»", "Орлов Олег Олегович", "Директор",
        "г. Экспортск, ул. Садовая, д. 9", "г. Экспортск");
    em.persist(school);
    StaffMember daria = person(school, "1", "eks-gusevad", "Гусева", "Дарья", "Андреевна", "gusevad@eksport.example");
    StaffMember maria = person(school, "2", "eks-gusevam", "Гусева", "Мария", "Ивановна", "gusevam@eksport.example");
    StaffMember mentor = person(school, "3", "eks-smirnova", "Смирнова", "Ольга", "Николаевна", "smirnova@eksport.example");
    MentoringProgram program = new MentoringProgram(school, "2026/27", SCHOOL + "-2026/27", "eks-kurator");
    em.persist(program);
    MentoringPair dariaPair = pair(program, mentor, daria);
    MentoringPair mariaPair = pair(program, mentor, maria);

    record(program, "Закреплена пара: Смирнова О. Н. — Гусева Д. А.");
    record(program, "Закреплена пара: Смирнова О. Н. — Гусева М. И.");
    // the bare surname is shared with a colleague: it names neither of them for certain
    record(program, "Беседа с Гусевой о расписании");
    record(program, "Приглашение gusevad@eksport.example");

    PairOutcome dariaOutcome = new PairOutcome(program, dariaPair);
    dariaOutcome.record(PairOutcome.Goals.YES, "Дарья Андреевна провела открытый урок", "eks-kurator");
    em.persist(dariaOutcome);
    PairOutcome mariaOutcome = new PairOutcome(program, mariaPair);
    mariaOutcome.record(PairOutcome.Goals.PARTLY, "Гусева М. И. освоила электронный журнал", "eks-kurator");
    em.persist(mariaOutcome);

    FinalEvent named = new FinalEvent(program);
    named.record("Конференция", LocalDate.of(2027, 5, 20), 30, "Выступления: Гусева Д. А. (мастер-класс), Смирнова О. Н.",
        "eks-kurator");
    em.persist(named);
    MentoringProgram nextYear = new MentoringProgram(school, "2027/28", SCHOOL + "-2027/28", "eks-kurator");
    em.persist(nextYear);
    FinalEvent other = new FinalEvent(nextYear);
    other.record("Фестиваль", LocalDate.of(2028, 5, 25), 40, "Выступила Гусева с докладом; Гусева М. И. — ведущая",
        "eks-kurator");
    em.persist(other);

    em.persist(new BestPractice(program, "Открытый урок пары Смирновой", "Смирнова Ольга Николаевна", dariaPair,
        "Разбор урока в паре"));
    em.persist(new BestPractice(program, "Игры на уроке английского", "Гусева Дарья Андреевна", null, "Из опыта"));
    em.persist(new BestPractice(program, "Проверка тетрадей без стресса", "Гусева Мария Ивановна", null,
        "Как успевать с проверкой"));
    em.flush();
    return new Ids(program.getId(), daria.getId(), maria.getId(), dariaPair.getId(), mariaPair.getId());
  }

  private StaffMember person(School school, String key, String login, String last, String first, String middle,
      String email) {
    StaffMember s = new StaffMember(school, "9" + key, login, last, first, middle, "Учитель");
    s.setEmail(email);
    s.setRoles(Set.of(Role.MENTEE));
    em.persist(s);
    return s;
  }

  private MentoringPair pair(MentoringProgram program, StaffMember mentor, StaffMember mentee) {
    MentoringPair pair = new MentoringPair(program, mentor, InteractionForm.F1);
    pair.getMentees().add(mentee);
    em.persist(pair);
    return pair;
  }

  private void record(MentoringProgram program, String details) {
    em.persist(new ProgramRecord(program, ProgramRecord.Kind.ORDER_PAIRS, null, LocalDate.of(2026, 10, 1), details,
        "eks-kurator"));
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  record Ids(Long program, Long daria, Long maria, Long dariaPair, Long mariaPair) {}
}
