package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.common.ApiExceptionHandler;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.DemoSchool.Demo;
import ru.nastavnik.monitoring.CompletionController;
import ru.nastavnik.monitoring.CompletionService;
import ru.nastavnik.monitoring.CompletionService.OutcomeInput;
import ru.nastavnik.monitoring.CompletionService.PracticeInput;
import ru.nastavnik.monitoring.FinalEvent;
import ru.nastavnik.monitoring.FinalEventMaterials;
import ru.nastavnik.monitoring.FinalEventMaterialsController;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.monitoring.PairOutcome;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.StaffMember;

/**
 * Stage VI: the two nominations («Наставник года» a mentor, «Лучшая пара» a pair of this program),
 * their diplomas and the participants' certificates read back from the DOCX, the award order listing
 * nominees and certified mentors, the summing-up per pair in the results order, the final event's
 * materials and the school's methodological collection over REST. Every refusal changes nothing.
 */
@DocumentsTest
class CompletionTest {

  @Autowired CompletionService completion;
  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;
  @Autowired NominationRepository nominations;
  @Autowired PairRepository pairs;
  @Autowired IdentityService identity;
  @Autowired CurrentUser currentUser;
  @Autowired PlatformTransactionManager transactions;
  @Autowired FinalEventMaterials materials;

  Demo a;
  Demo b;
  MockMvc mvc;

  @BeforeEach
  void schools() {
    a = demoSchool.create();
    b = demoSchool.create();
    // in school a: pairs 0 and 1 completed, 2 working, the group (5) completed; 3 and 4 never worked
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      List<MentoringPair> list = pairs.findByProgram(a.programId()).stream()
          .sorted(java.util.Comparator.comparing(MentoringPair::getId)).toList();
      list.get(0).setStatus(MentoringPair.Status.COMPLETED);
      list.get(1).setStatus(MentoringPair.Status.COMPLETED);
      list.get(2).setStatus(MentoringPair.Status.ACTIVE);
      list.get(3).setStatus(MentoringPair.Status.CONSENTED);
      list.get(5).setStatus(MentoringPair.Status.COMPLETED);
    });
    mvc = MockMvcBuilders.standaloneSetup(new CompletionController(completion, currentUser),
            new FinalEventMaterialsController(materials, currentUser))
        .setControllerAdvice(new ApiExceptionHandler())
        .setMessageConverters(new ByteArrayHttpMessageConverter(), new StringHttpMessageConverter(StandardCharsets.UTF_8),
            new MappingJackson2HttpMessageConverter())
        .build();
  }

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  private MentoringPair pair(Demo d, int i) {
    return d.pairs().get(i);
  }

  private List<String> nominationsOf(Demo d) {
    return nominations.findByProgram(d.programId()).stream()
        .map(n -> n.getStaff().shortName() + ": " + n.getTitle() + (n.isPairNomination() ? " #" + n.getPair().getId() : ""))
        .toList();
  }

  @Test
  void nominationsOfAMentorAndOfAPairRefusingWhatIsNotOfThisProgram() {
    List<String> before = nominationsOf(a);
    StaffMember mentor0 = a.mentors().get(0);
    StaffMember foreignMentor = b.mentors().get(1);

    assertThatThrownBy(() -> completion.nominate(a.programId(), List.of(mentor0.getId(), foreignMentor.getId()), List.of()))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Сотрудник с номером " + foreignMentor.getId() + " не был назначен наставником в этой программе:"
            + " выдвинуть его в номинации «Наставник года» нельзя.");
    assertThatThrownBy(() -> completion.nominate(a.programId(), List.of(a.mentees().get(0).getId()), List.of()))
        .hasMessageContaining("не был назначен наставником");
    assertThatThrownBy(() -> completion.nominate(a.programId(), List.of(), List.of(pair(b, 0).getId())))
        .hasMessage("Пара с номером " + pair(b, 0).getId() + " не работала в этой программе: выдвинуть её в номинации"
            + " «Лучшая пара» нельзя.");
    // a pair of this program that never worked
    assertThatThrownBy(() -> completion.nominate(a.programId(), List.of(mentor0.getId()), List.of(pair(a, 3).getId())))
        .hasMessageContaining("не работала в этой программе");
    assertThatThrownBy(() -> completion.nominate(a.programId(), List.of(), List.of()))
        .hasMessageContaining("Выдвиньте хотя бы одного наставника");
    assertThat(nominationsOf(a)).isEqualTo(before);

    completion.nominate(a.programId(), List.of(mentor0.getId()), List.of(pair(a, 5).getId()));
    assertThat(nominationsOf(a)).containsExactly(mentor0.shortName() + ": Наставник года",
        a.mentors().get(5).shortName() + ": Лучшая пара #" + pair(a, 5).getId(),
        // the group's mentees in the order of their names
        a.mentees().get(6).shortName() + ": Лучшая пара #" + pair(a, 5).getId(),
        a.mentees().get(5).shortName() + ": Лучшая пара #" + pair(a, 5).getId());
    assertThat(completion.mentorOfTheYearIds(a.programId())).containsExactly(mentor0.getId());
    // the group's mentor and both its mentees, one diploma each
    assertThat(completion.bestPairMemberIds(a.programId())).containsExactlyInAnyOrder(a.mentors().get(5).getId(),
        a.mentees().get(5).getId(), a.mentees().get(6).getId());
    // certificates: every mentor whose pair worked (0, 1, 2 and the group's), not 3 and 4
    assertThat(completion.certifiedMentors(a.programId())).extracting(StaffMember::getId).containsExactlyInAnyOrder(
        a.mentors().get(0).getId(), a.mentors().get(1).getId(), a.mentors().get(2).getId(), a.mentors().get(5).getId());
  }

  @Test
  void diplomasCertificatesAndTheAwardOrderReadBack() {
    completion.nominate(a.programId(), List.of(a.mentors().get(0).getId()), List.of(pair(a, 5).getId()));

    String diploma = DocxRead.text(generate(DocumentKind.BEST_MENTOR_DIPLOMA, a.mentors().get(0)).docx());
    assertThat(diploma).contains("ГРАМОТА", "Иванова Мария Петровна", "в номинации «Наставник года»");
    String menteeDiploma = DocxRead.text(generate(DocumentKind.BEST_PAIR_DIPLOMA, a.mentees().get(6)).docx());
    assertThat(menteeDiploma).contains("ГРАМОТА", "Белова Ксения Игоревна", "Учитель английского языка, наставляемый",
        "в номинации «Лучшая пара»", "наставник Лебедева Татьяна Ивановна, наставляемые: Белова Ксения Игоревна,"
            + " Григорьева Дарья Максимовна");
    assertThat(DocxRead.text(generate(DocumentKind.BEST_PAIR_DIPLOMA, a.mentors().get(5)).docx()))
        .contains("Лебедева Татьяна Ивановна", "Учитель английского языка, наставник");
    // not a member of a nominated pair: no diploma
    assertThatThrownBy(() -> generate(DocumentKind.BEST_PAIR_DIPLOMA, a.mentors().get(0)))
        .hasMessageContaining("не входит в пару, выдвинутую в этой номинации");

    String certificate = DocxRead.text(generate(DocumentKind.PARTICIPANT_CERTIFICATE, a.mentors().get(5)).docx());
    assertThat(certificate).contains("СЕРТИФИКАТ", "участника программы наставничества", "Лебедева Татьяна Ивановна",
        "наставляемых: 2, проведено встреч: 0");
    assertThatThrownBy(() -> generate(DocumentKind.PARTICIPANT_CERTIFICATE, a.mentors().get(3)))
        .hasMessageContaining("нет наставнической пары, работавшей в этой программе");

    byte[] order = generate(DocumentKind.ORDER_AWARDS, null).docx();
    assertThat(DocxRead.table(order, "№", "Фамилия, имя, отчество").subList(0, 9))
        .extracting(r -> r.get(1) + ": " + r.get(3)).containsExactly("Фамилия, имя, отчество: Награда",
            "Иванова Мария Петровна: Грамота «Наставник года»",
            "Лебедева Татьяна Ивановна: Грамота «Лучшая пара»", "Белова Ксения Игоревна: Грамота «Лучшая пара»",
            "Григорьева Дарья Максимовна: Грамота «Лучшая пара»",
            "Иванова Мария Петровна: Сертификат участника программы наставничества",
            "Кузнецов Игорь Владимирович: Сертификат участника программы наставничества",
            "Лебедева Татьяна Ивановна: Сертификат участника программы наставничества",
            "Смирнова Ольга Николаевна: Сертификат участника программы наставничества");
    assertThat(DocxRead.text(order)).contains("(6 чел.)", "«Наставник года» и «Лучшая пара»");
  }

  @Test
  void summingUpEveryPairThatWorkedShowsInTheResultsOrder() {
    List<OutcomeInput> three = List.of(new OutcomeInput(pair(a, 0).getId(), "yes", "Цели плана достигнуты"),
        new OutcomeInput(pair(a, 1).getId(), "partly", null), new OutcomeInput(pair(a, 2).getId(), "no", "Сменилась нагрузка"));

    assertThatThrownBy(() -> completion.recordOutcomes(a.programId(), three, "kurator"))
        .hasMessageStartingWith("Подведите итоги пары «" + a.mentors().get(5).shortName());
    List<OutcomeInput> foreign = new java.util.ArrayList<>(three);
    foreign.add(new OutcomeInput(pair(b, 5).getId(), "yes", null));
    assertThatThrownBy(() -> completion.recordOutcomes(a.programId(), foreign, "kurator"))
        .hasMessage("Пара с номером " + pair(b, 5).getId() + " не работала в этой программе: подвести её итоги нельзя.");
    List<OutcomeInput> unknown = new java.util.ArrayList<>(three);
    unknown.add(new OutcomeInput(pair(a, 5).getId(), "maybe", null));
    assertThatThrownBy(() -> completion.recordOutcomes(a.programId(), unknown, "kurator"))
        .hasMessageContaining("укажите, достигнуты ли цели: «да», «частично» или «нет»");
    List<OutcomeInput> twice = new java.util.ArrayList<>(three);
    twice.add(new OutcomeInput(pair(a, 0).getId(), "no", null));
    assertThatThrownBy(() -> completion.recordOutcomes(a.programId(), twice, "kurator")).hasMessageContaining("указаны дважды");
    assertThat(completion.outcomes(a.programId())).isEmpty();

    List<OutcomeInput> all = new java.util.ArrayList<>(three);
    all.add(new OutcomeInput(pair(a, 5).getId(), "partly", "Группа: один наставляемый догоняет"));
    completion.recordOutcomes(a.programId(), all, "kurator");
    // recorded again: the same rows, changed
    all.set(2, new OutcomeInput(pair(a, 2).getId(), "partly", "Нагрузка снижена, работа продолжается"));
    assertThat(completion.recordOutcomes(a.programId(), all, "kurator")).hasSize(4);
    assertThat(completion.outcomes(a.programId())).extracting(o -> o.getGoals()).containsExactly(
        PairOutcome.Goals.YES, PairOutcome.Goals.PARTLY, PairOutcome.Goals.PARTLY, PairOutcome.Goals.PARTLY);

    List<List<String>> rows = DocxRead.table(generate(DocumentKind.ORDER_RESULTS, null).docx(), "№", "Пара (группа)");
    assertThat(rows).hasSize(1 + 4);
    assertThat(rows.get(1)).containsExactly("1", ru.nastavnik.pairing.PairingService.label(pair(a, 0)),
        "достигнуты", "Цели плана достигнуты");
    assertThat(rows.get(2)).endsWith("достигнуты частично", "—");
    assertThat(rows.get(3)).endsWith("достигнуты частично", "Нагрузка снижена, работа продолжается");
  }

  @Test
  void theFinalEventsMaterialsAndPracticesJoinTheSchoolsCollection() throws Exception {
    LocalDate day = LocalDate.of(2026, 5, 27);
    assertThatThrownBy(() -> completion.recordFinalEvent(a.programId(), "Круглый стол", day, 20, "Протокол",
        List.of(new PracticeInput("Чек-лист взаимопосещения", null, pair(b, 0).getId(), null)), "zavuch"))
        .hasMessageContaining("не работала в этой программе");
    assertThatThrownBy(() -> completion.recordFinalEvent(a.programId(), "Круглый стол", day, 20, "Протокол",
        List.of(new PracticeInput(" ", "Иванова М. П.", null, null)), "zavuch"))
        .hasMessage("Укажите название каждой лучшей практики.");
    assertThatThrownBy(() -> completion.recordFinalEvent(a.programId(), "Круглый стол", day, 20, "Протокол",
        List.of(new PracticeInput("Без автора", null, null, null)), "zavuch"))
        .hasMessageContaining("Укажите автора практики «Без автора»");
    assertThat(completion.finalEvents(a.code())).isEmpty();
    assertThat(completion.bestPractices(a.code())).isEmpty();

    completion.recordFinalEvent(a.programId(), "Итоговая конференция", day, 32,
        "Программа конференции: 1. Итоги мониторинга. 2. Выступления пар. Протокол № 3.", List.of(
            new PracticeInput("Чек-лист взаимопосещения уроков", null, pair(a, 0).getId(), "12 пунктов наблюдения"),
            new PracticeInput("Методический дайджест для молодых учителей", "Смирнова О. Н.", null, null)), "zavuch");
    assertThat(completion.bestPractices(a.code())).extracting(p -> p.getTitle() + " — " + p.getAuthor()).containsExactly(
        "Чек-лист взаимопосещения уроков — " + ru.nastavnik.pairing.PairingService.label(pair(a, 0)),
        "Методический дайджест для молодых учителей — Смирнова О. Н.");
    assertThat(completion.bestPractices(b.code())).isEmpty();

    // the deputy corrects the record: the event is replaced, so are this program's practices
    completion.recordFinalEvent(a.programId(), "Итоговая конференция", day, 35, "Протокол № 3 (исправлен)",
        List.of(new PracticeInput("Чек-лист взаимопосещения уроков", null, pair(a, 0).getId(), "12 пунктов")), "zavuch");
    assertThat(completion.finalEvents(a.code())).singleElement().satisfies(e -> {
      assertThat(e.getParticipants()).isEqualTo(35);
      assertThat(e.getMaterials()).isEqualTo("Протокол № 3 (исправлен)");
    });
    assertThat(completion.bestPractices(a.code())).hasSize(1);

    login("curator", a.code());
    mvc.perform(get("/api/schools/" + a.code() + "/best-practices")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].title").value("Чек-лист взаимопосещения уроков"))
        .andExpect(jsonPath("$[0].academicYear").value("2025/2026"))
        .andExpect(jsonPath("$[0].pairId").value(pair(a, 0).getId()));
    mvc.perform(get("/api/schools/" + a.code() + "/final-events")).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].format").value("Итоговая конференция"))
        .andExpect(jsonPath("$[0].date").value("2026-05-27"))
        .andExpect(jsonPath("$[0].materials").value("Протокол № 3 (исправлен)"));
    login("deputy", a.code());
    mvc.perform(get("/api/schools/" + a.code() + "/best-practices")).andExpect(status().isOk());
    // another school's curator, a mentor of the school: 403
    login("curator", b.code());
    mvc.perform(get("/api/schools/" + a.code() + "/best-practices")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Нет доступа к данным этой школы."));
    login("mentor", a.code());
    mvc.perform(get("/api/schools/" + a.code() + "/best-practices")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Методическую копилку школы видят куратор, заместитель директора и директор."));
    // an administrator reads any school
    identity.setAuthentication("admin", List.of(CurrentUser.ADMIN_GROUP), List.of());
    mvc.perform(get("/api/schools/" + a.code() + "/best-practices")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void theCuratorAttachesFilesToTheFinalEventTheSchoolsStaffDownloadsThemOtherSchoolsAreRefused() throws Exception {
    FinalEvent event = completion.recordFinalEvent(a.programId(), "Итоговая конференция", LocalDate.of(2026, 5, 27), 30,
        null, List.of(), "zavuch");
    FinalEvent otherEvent = completion.recordFinalEvent(b.programId(), "Круглый стол", LocalDate.of(2026, 5, 28), 12,
        null, List.of(), "zavuch");
    String url = "/api/schools/" + a.code() + "/final-events/" + event.getId() + "/materials";
    byte[] docx = protocolDocx();
    byte[] png = picture();
    byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    login("curator", a.code());
    String docxId = upload(url, "C:\\Документы\\Протокол конференции.docx", docx).andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("Протокол конференции.docx"))
        .andExpect(jsonPath("$.mediaType").value(DocumentService.DOCX_MIME))
        .andExpect(jsonPath("$.size").value(docx.length))
        .andExpect(jsonPath("$.uploadedBy").value("user-curator"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    upload(url, "Программа.pdf", pdf).andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value("application/pdf"));
    // the deputy, who holds the event, attaches a photo; a picture named .jpeg but a PNG is refused
    login("deputy", a.code());
    upload(url, "Фото.jpeg", png).andExpect(status().isBadRequest()).andExpect(jsonPath("$.message")
        .value("Расширение файла «Фото.jpeg» не совпадает с его содержимым (PNG): проверьте, тот ли файл выбран."));
    upload(url, "Фото", png).andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("Фото.png"));

    // bad files: refused in Russian, nothing stored
    login("curator", a.code());
    int stored = documents.list(a.code(), DocumentKind.FINAL_EVENT_MATERIALS, null).size();
    assertThat(stored).isEqualTo(3);
    upload(url, "Протокол.docx", new byte[0]).andExpect(status().isBadRequest()).andExpect(jsonPath("$.message")
        .value("Файл «Протокол.docx» пуст: приложите материалы мероприятия — документ DOCX, PDF или изображение PNG / JPEG."));
    upload(url, "Отчёт.pdf", "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Файл «Отчёт.pdf» не является"
            + " документом DOCX, PDF или изображением PNG / JPEG: такие материалы не принимаются."));
    upload(url, "Таблица.docx", zipWithout()).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("не является документом DOCX")));
    upload(url, "Протокол.docx", pdf).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("не совпадает с его содержимым (PDF)")));
    byte[] tooBig = new byte[FinalEventMaterials.MAX_BYTES + 1];
    System.arraycopy(pdf, 0, tooBig, 0, pdf.length);
    upload(url, "Видео.pdf", tooBig).andExpect(status().isBadRequest()).andExpect(jsonPath("$.message")
        .value("Файл «Видео.pdf» больше 10 МБ: сожмите его (например, уменьшите изображения) или разделите на части."));
    // a mentor of the school may read but not attach
    login("mentor", a.code());
    upload(url, "Протокол.docx", docx).andExpect(status().isForbidden()).andExpect(jsonPath("$.message")
        .value("Материалы итогового мероприятия прикладывает куратор программы или заместитель директора."));
    assertThat(documents.list(a.code(), DocumentKind.FINAL_EVENT_MATERIALS, null)).hasSize(stored);

    // the school's staff lists and downloads them: the same bytes back
    mvc.perform(get(url)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].fileName").value("Протокол конференции.docx"))
        .andExpect(jsonPath("$[1].fileName").value("Программа.pdf"))
        .andExpect(jsonPath("$[2].fileName").value("Фото.png"))
        .andExpect(jsonPath("$[0].url").value(url + "/" + docxId));
    byte[] back = mvc.perform(get(url + "/" + docxId)).andExpect(status().isOk())
        .andExpect(content().contentType(DocumentService.DOCX_MIME))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(back).isEqualTo(docx);
    assertThat(DocxRead.text(back)).contains("Протокол итоговой конференции наставников");
    for (var m : materials.list(a.code(), event.getId())) {
      byte[] file = mvc.perform(get(url + "/" + m.getId())).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsByteArray();
      assertThat(file).as(m.getFileName()).isEqualTo(m.getFileName().endsWith(".png") ? png
          : m.getFileName().endsWith(".pdf") ? pdf : docx);
    }
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        materials.get(a.code(), event.getId(), materials.list(a.code(), event.getId()).get(2).getId()).content())).getWidth())
        .isEqualTo(40);
    // the final events list links to them
    login("director", a.code());
    mvc.perform(get("/api/schools/" + a.code() + "/final-events")).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].materialFilesUrl").value(url));

    // another school: 403 for listing, downloading and attaching; its own event is not under this school
    login("curator", b.code());
    mvc.perform(get(url)).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Нет доступа к данным этой школы."));
    mvc.perform(get(url + "/" + docxId)).andExpect(status().isForbidden());
    upload(url, "Протокол.docx", docx).andExpect(status().isForbidden());
    mvc.perform(get("/api/schools/" + b.code() + "/final-events/" + otherEvent.getId() + "/materials"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/schools/" + b.code() + "/final-events/" + event.getId() + "/materials"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/schools/" + b.code() + "/final-events/" + otherEvent.getId() + "/materials/" + docxId))
        .andExpect(status().isNotFound());
    // a generated document is not one of the event's files
    login("curator", a.code());
    Long order = generate(DocumentKind.ORDER_RESULTS, null).id();
    mvc.perform(get(url + "/" + order)).andExpect(status().isNotFound());
    assertThat(documents.list(b.code(), DocumentKind.FINAL_EVENT_MATERIALS, null)).isEmpty();
    // a wrong file is removed by the curator, with its content; a mentor may not, another school gets 403
    String pdfId = String.valueOf(materials.list(a.code(), event.getId()).get(1).getId());
    login("mentor", a.code());
    mvc.perform(delete(url + "/" + pdfId)).andExpect(status().isForbidden()).andExpect(jsonPath("$.message")
        .value("Материалы итогового мероприятия удаляет куратор программы или заместитель директора."));
    login("curator", b.code());
    mvc.perform(delete(url + "/" + pdfId)).andExpect(status().isForbidden());
    login("curator", a.code());
    mvc.perform(delete(url + "/" + order)).andExpect(status().isNotFound());
    assertThat(materials.list(a.code(), event.getId())).hasSize(3);
    mvc.perform(delete(url + "/" + pdfId)).andExpect(status().isNoContent());
    mvc.perform(get(url)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[1].fileName").value("Фото.png"));
    mvc.perform(get(url + "/" + pdfId)).andExpect(status().isNotFound());
    mvc.perform(delete(url + "/" + pdfId)).andExpect(status().isNotFound());
    assertThat(documents.find(Long.valueOf(pdfId))).isEmpty();
    assertThat(documents.find(order)).isPresent();
    // an uploaded kind is never generated from a template
    assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.FINAL_EVENT_MATERIALS, a.code(),
        a.programId(), "materials-" + System.nanoTime()))).isInstanceOf(IllegalArgumentException.class);
  }

  private org.springframework.test.web.servlet.ResultActions upload(String url, String name, byte[] content)
      throws Exception {
    return mvc.perform(multipart(url).file(new org.springframework.mock.web.MockMultipartFile("file", name,
        "application/octet-stream", content)));
  }

  private static byte[] protocolDocx() throws java.io.IOException {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Протокол итоговой конференции наставников");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] picture() throws java.io.IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A zip that is not a DOCX (no word/document.xml). */
  private static byte[] zipWithout() throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private void login(String group, String school) {
    identity.setAuthentication("user-" + group, List.of(group), List.of(school));
  }

  private GeneratedDocument generate(DocumentKind kind, StaffMember person) {
    GenerationRequest r = GenerationRequest.of(kind, a.code(), a.programId(), "completion-" + kind + "-"
        + (person == null ? "" : person.getId()) + "-" + System.nanoTime()).by("test", null);
    return documents.generate(person == null ? r : r.forPerson(person.getId()));
  }
}
