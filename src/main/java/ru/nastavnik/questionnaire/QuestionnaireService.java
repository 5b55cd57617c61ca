package ru.nastavnik.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Questionnaire collections: open one for a list of respondents and a deadline, store each
 * respondent's checked answers, remind those who have not answered, extend the deadline, close
 * (recording non-respondents) and aggregate. "Now" is Camunda's clock, so the deadline timer and
 * these checks agree in tests that move the clock.
 */
@Service
public class QuestionnaireService {

  private static final Logger log = LoggerFactory.getLogger(QuestionnaireService.class);
  static final DateTimeFormatter RU_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** What to send, to whom and until when. */
  public record OpenRequest(String schoolCode, Long programId, String templateCode, Integer templateVersion,
      List<Long> respondentIds, Instant deadline, String openedBy) {}

  /** What a reminder round did. */
  public record ReminderResult(int pending, int mailed, int withoutEmail, int failed) {}

  private final QuestionnaireTemplateRepository templates;
  private final QuestionnaireCollectionRepository collections;
  private final QuestionnaireAssignmentRepository assignments;
  private final QuestionnaireAnswerRepository answers;
  private final StaffRepository staff;
  private final QuestionnaireMailer mailer;
  private final ObjectMapper json;
  private final Duration reminderBefore;
  private final ZoneId zone;

  public QuestionnaireService(QuestionnaireTemplateRepository templates, QuestionnaireCollectionRepository collections,
      QuestionnaireAssignmentRepository assignments, QuestionnaireAnswerRepository answers, StaffRepository staff,
      QuestionnaireMailer mailer, ObjectMapper json,
      @Value("${nastavnik.questionnaire.reminder-before:P2D}") Duration reminderBefore,
      @Value("${nastavnik.questionnaire.zone:Europe/Moscow}") String zone) {
    this.templates = templates;
    this.collections = collections;
    this.assignments = assignments;
    this.answers = answers;
    this.staff = staff;
    this.mailer = mailer;
    this.json = json;
    this.reminderBefore = reminderBefore;
    this.zone = ZoneId.of(zone);
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  // ---- templates

  /** The newest version of a template. */
  @Transactional(readOnly = true)
  public QuestionnaireTemplate latest(String code) {
    return templates.findVersions(code).stream().findFirst().orElseThrow(() ->
        new UserFacingException("Анкета «" + code + "» не найдена."));
  }

  @Transactional(readOnly = true)
  public QuestionnaireTemplate template(String code, int version) {
    return templates.findVersion(code, version).orElseThrow(() ->
        new UserFacingException("Анкета «" + code + "», версия " + version + ", не найдена."));
  }

  // ---- opening

  /**
   * Opens a collection. Without respondents it is recorded at once as cancelled, with the reason and
   * no assignment; the caller ends the collection there.
   */
  @Transactional
  public QuestionnaireCollection open(OpenRequest request) {
    QuestionnaireTemplate template = request.templateVersion() == null
        ? latest(request.templateCode()) : template(request.templateCode(), request.templateVersion());
    Instant now = now();
    if (request.deadline() == null) {
      throw new UserFacingException("Укажите срок сбора анкет.");
    }
    if (!request.deadline().isAfter(now)) {
      throw new UserFacingException("Срок сбора анкет (" + format(request.deadline())
          + ") уже прошёл: укажите срок позже текущего момента.");
    }
    Set<Long> ids = new LinkedHashSet<>(request.respondentIds() == null ? List.of() : request.respondentIds());
    QuestionnaireCollection c = new QuestionnaireCollection(request.schoolCode(), request.programId(), template,
        request.deadline(), reminderTime(now, request.deadline()), request.openedBy(), now);
    if (ids.isEmpty()) {
      c.cancel("Некому отправить анкету: список респондентов пуст.", now);
      log.info("Сбор анкет «{}» для школы {} отменён: нет респондентов", template.getCode(), request.schoolCode());
      return collections.save(c);
    }
    Map<Long, StaffMember> school = staff.findBySchool(request.schoolCode()).stream()
        .collect(Collectors.toMap(StaffMember::getId, s -> s));
    List<StaffMember> respondents = new ArrayList<>();
    for (Long id : ids) {
      StaffMember s = school.get(id);
      if (s == null) {
        throw new UserFacingException("Сотрудник с номером " + id + " не найден в этой школе.");
      }
      if (!s.isActive()) {
        throw new UserFacingException(s.shortName() + " больше не работает в школе: анкету ему (ей) не отправить.");
      }
      respondents.add(s);
    }
    c.setRespondentCount(respondents.size());
    collections.save(c);
    List<QuestionnaireAssignment> rows = new ArrayList<>();
    for (StaffMember s : respondents) {
      rows.add(new QuestionnaireAssignment(c, s, null));
    }
    assignments.saveAll(rows);
    return c;
  }

  /**
   * Opens a collection filled by someone other than the people it is about (interviews): no
   * process and no respondent yet; {@link #addSubject} adds each person as the interview comes.
   */
  @Transactional
  public QuestionnaireCollection openRound(String schoolCode, Long programId, String templateCode, Instant deadline,
      String openedBy) {
    Instant now = now();
    return collections.save(new QuestionnaireCollection(schoolCode, programId, latest(templateCode), deadline,
        deadline, openedBy, now));
  }

  /** Adds a person the collection's answers will be about (once). */
  @Transactional
  public QuestionnaireAssignment addSubject(Long collectionId, Long staffId) {
    QuestionnaireCollection c = collection(collectionId);
    return assignments.findByCollectionAndStaff(collectionId, staffId).orElseGet(() -> {
      StaffMember s = staff.findInSchool(c.getSchoolCode(), staffId).orElseThrow(() ->
          new UserFacingException("Сотрудник с номером " + staffId + " не найден в этой школе."));
      c.setRespondentCount(c.getRespondentCount() + 1);
      return assignments.save(new QuestionnaireAssignment(c, s, s));
    });
  }

  @Transactional(readOnly = true)
  public java.util.Optional<QuestionnaireCollection> openRoundOf(Long programId, String templateCode) {
    return collections.findByProgramAndTemplate(programId, templateCode).stream()
        .filter(QuestionnaireCollection::isOpen).findFirst();
  }

  /** One reminder before the deadline: {@code reminder-before} ahead of it, but never in the first half of the window. */
  Instant reminderTime(Instant openedAt, Instant deadline) {
    Instant byLead = deadline.minus(reminderBefore);
    Instant half = openedAt.plus(Duration.between(openedAt, deadline).dividedBy(2));
    return byLead.isAfter(half) ? byLead : half;
  }

  @Transactional
  public void bindProcess(Long collectionId, String processInstanceId) {
    collection(collectionId).setProcessInstanceId(processInstanceId);
  }

  @Transactional(readOnly = true)
  public QuestionnaireCollection collection(Long id) {
    return collections.findById(id).orElseThrow(() -> UserFacingException.notFound("Сбор анкет не найден."));
  }

  @Transactional(readOnly = true)
  public List<Long> respondentIds(Long collectionId) {
    return assignments.respondentIds(collectionId);
  }

  @Transactional(readOnly = true)
  public List<QuestionnaireAssignment> assignments(Long collectionId) {
    return assignments.findByCollection(collectionId);
  }

  // ---- answering

  /**
   * Stores one respondent's answers, checked against the template version the collection uses.
   * Refused (and nothing stored) for a closed collection, a second answer, a missing required
   * answer or a value the question does not allow.
   */
  @Transactional
  public QuestionnaireAssignment recordAnswers(Long collectionId, Long staffId, Function<String, Object> values,
      String answeredBy) {
    QuestionnaireCollection c = collection(collectionId);
    if (!c.isOpen()) {
      throw UserFacingException.conflict("Сбор анкет «" + c.getTemplate().getTitle() + "» закрыт "
          + (c.getClosedAt() == null ? "" : format(c.getClosedAt()) + " ") + "— ответы больше не принимаются.");
    }
    // the deadline has passed but its timer has not fired yet: the answer comes too late all the same
    if (c.getProcessInstanceId() != null && now().isAfter(c.getDeadline())) {
      throw UserFacingException.conflict("Срок сбора анкет «" + c.getTemplate().getTitle() + "» истёк "
          + format(c.getDeadline()) + " — ответы больше не принимаются. Если ответ ещё нужен, попросите куратора"
          + " продлить срок.");
    }
    QuestionnaireAssignment a = assignments.findByCollectionAndStaff(collectionId, staffId).orElseThrow(() ->
        UserFacingException.forbidden("Эта анкета адресована не вам."));
    if (a.getStatus() == QuestionnaireAssignment.Status.ANSWERED) {
      throw UserFacingException.conflict("Анкета уже заполнена " + format(a.getAnsweredAt()) + ".");
    }
    List<AnswerReader.Parsed> parsed = AnswerReader.read(c.getTemplate(), values);
    List<QuestionnaireAnswer> rows = new ArrayList<>();
    for (AnswerReader.Parsed p : parsed) {
      if (p.text() != null) {
        rows.add(QuestionnaireAnswer.text(a, p.question(), p.text()));
      } else if (p.number() != null) {
        rows.add(QuestionnaireAnswer.number(a, p.question(), p.number()));
      } else {
        p.options().forEach(v -> rows.add(QuestionnaireAnswer.option(a, p.question(), v)));
      }
    }
    answers.saveAll(rows);
    a.answered(answeredBy, now());
    return a;
  }

  /** One respondent's answers by question code (scale values as numbers, choices as lists, texts). */
  @Transactional(readOnly = true)
  public Map<String, Object> answersOf(Long collectionId, Long staffId) {
    QuestionnaireAssignment a = assignments.findByCollectionAndStaff(collectionId, staffId).orElse(null);
    Map<String, Object> out = new HashMap<>();
    if (a == null) {
      return out;
    }
    for (QuestionnaireAnswer answer : answers.findByAssignment(a.getId())) {
      String code = answer.getQuestion().getCode();
      if (answer.getOptionValue() != null) {
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) out.computeIfAbsent(code, k -> new ArrayList<String>());
        list.add(answer.getOptionValue());
      } else if (answer.getNumberValue() != null) {
        out.put(code, answer.getNumberValue());
      } else {
        out.put(code, answer.getTextValue());
      }
    }
    return out;
  }

  // ---- reminder, deadline

  /** Reminds everyone who has not answered yet by e-mail; those without an address are counted. */
  @Transactional
  public ReminderResult remind(Long collectionId) {
    QuestionnaireCollection c = collection(collectionId);
    if (!c.isOpen()) {
      return new ReminderResult(0, 0, 0, 0);
    }
    List<QuestionnaireAssignment> pending = assignments.findByCollectionAndStatus(collectionId,
        QuestionnaireAssignment.Status.PENDING);
    int mailed = 0;
    int withoutEmail = 0;
    int failed = 0;
    Instant now = now();
    for (QuestionnaireAssignment a : pending) {
      StaffMember s = a.getStaff();
      if (s.getEmail() == null || s.getEmail().isBlank()) {
        withoutEmail++;
      } else if (mailer.remind(s, c.getTemplate().getTitle(), format(c.getDeadline()))) {
        mailed++;
      } else {
        failed++;
      }
      a.reminded(now);
    }
    c.addRemindersSent(mailed);
    log.info("Сбор анкет {}: напоминание — не ответили {}, отправлено писем {}, без адреса {}, ошибок {}",
        collectionId, pending.size(), mailed, withoutEmail, failed);
    return new ReminderResult(pending.size(), mailed, withoutEmail, failed);
  }

  /** Checks a new deadline for an open collection without changing anything. */
  @Transactional(readOnly = true)
  public QuestionnaireCollection checkExtension(Long collectionId, Instant newDeadline) {
    QuestionnaireCollection c = collection(collectionId);
    if (!c.isOpen()) {
      throw UserFacingException.conflict("Сбор анкет уже закрыт — продлить срок нельзя.");
    }
    if (newDeadline == null) {
      throw new UserFacingException("Укажите новый срок сбора анкет.");
    }
    if (!newDeadline.isAfter(c.getDeadline())) {
      throw new UserFacingException("Новый срок (" + format(newDeadline) + ") должен быть позже текущего ("
          + format(c.getDeadline()) + ").");
    }
    return c;
  }

  /** Moves the deadline later; a reminder not yet sent moves with it. */
  @Transactional
  public QuestionnaireCollection extendDeadline(Long collectionId, Instant newDeadline) {
    QuestionnaireCollection c = checkExtension(collectionId, newDeadline);
    Instant now = now();
    c.setDeadline(newDeadline);
    if (c.getReminderAt() != null && c.getReminderAt().isAfter(now)) {
      c.setReminderAt(reminderTime(now, newDeadline));
    }
    log.info("Сбор анкет {}: срок продлён до {}", collectionId, format(newDeadline));
    return c;
  }

  // ---- closing

  /** Closes an open collection: whoever has not answered is recorded as a non-respondent. Idempotent. */
  @Transactional
  public QuestionnaireCollection close(Long collectionId) {
    QuestionnaireCollection c = collection(collectionId);
    if (!c.isOpen()) {
      return c;
    }
    int missed = assignments.markMissed(collectionId);
    int answered = (int) assignments.countByStatus(collectionId, QuestionnaireAssignment.Status.ANSWERED);
    c.setAnsweredCount(answered);
    c.close(missed == 0 ? "Ответили все респонденты (" + answered + ")."
        : "Срок истёк: ответили " + answered + " из " + c.getRespondentCount() + ", не ответили " + missed + ".", now());
    return c;
  }

  // ---- a person's data

  /**
   * What the questionnaires hold about a person (for the export under 152-ФЗ ст. 14): each
   * questionnaire they were asked or that was filled about them (an interview), its status, when
   * answered and the answers by question text.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> heldAbout(Long staffId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (QuestionnaireAssignment a : assignments.findByPerson(staffId)) {
      Map<String, Object> answered = new java.util.LinkedHashMap<>();
      for (QuestionnaireAnswer answer : answers.findByAssignment(a.getId())) {
        String question = answer.getQuestion().getText();
        String value = answer.getOptionValue() != null ? answer.getQuestion().labelOf(answer.getOptionValue())
            : answer.getNumberValue() != null ? answer.getNumberValue().toString() : answer.getTextValue();
        answered.merge(question, value, (x, y) -> x + "; " + y);
      }
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("title", a.getCollection().getTemplate().getTitle());
      row.put("role", a.getSubject() == null ? "респондент" : "собеседование о сотруднике");
      row.put("status", a.getStatus().name());
      row.put("at", a.getAnsweredAt());
      row.put("answers", answered);
      out.add(row);
    }
    return out;
  }

  // ---- withdrawal of consent

  /** What erasing a person's answers did: answer rows deleted, assignments withdrawn, results recounted. */
  public record Erased(int answers, int assignments, List<Long> recounted) {}

  /**
   * Erases the person's answers (and the answers about them: interviews) after the withdrawal of
   * consent: answer rows deleted, their assignments marked {@link QuestionnaireAssignment.Status#WITHDRAWN}
   * without time or author, the counts of each collection lowered, and the stored results of a
   * closed collection aggregated again without them. The engine's open task is ended by the caller.
   */
  @Transactional
  public Erased erasePerson(Long staffId) {
    List<QuestionnaireAssignment> held = assignments.findByPerson(staffId);
    if (held.isEmpty()) {
      return new Erased(0, 0, List.of());
    }
    int deleted = answers.deleteByAssignments(held.stream().map(QuestionnaireAssignment::getId).toList());
    java.util.Set<Long> recount = new java.util.LinkedHashSet<>();
    for (QuestionnaireAssignment a : held) {
      QuestionnaireCollection c = a.getCollection();
      if (a.getStatus() == QuestionnaireAssignment.Status.WITHDRAWN) {
        continue;
      }
      if (!c.isOpen() && a.getStatus() == QuestionnaireAssignment.Status.ANSWERED) {
        c.setAnsweredCount(Math.max(0, c.getAnsweredCount() - 1));
      }
      c.setRespondentCount(Math.max(0, c.getRespondentCount() - 1));
      a.withdrawn();
      if (c.getResults() != null) {
        recount.add(c.getId());
      }
    }
    assignments.flush();
    recount.forEach(this::aggregate);
    return new Erased(deleted, held.size(), List.copyOf(recount));
  }

  /** Aggregates the answers of a closed collection and stores the result with it. */
  @Transactional
  public CollectionResults aggregate(Long collectionId) {
    QuestionnaireCollection c = collection(collectionId);
    if (c.isOpen()) {
      throw new IllegalStateException("Сбор анкет " + collectionId + " ещё открыт");
    }
    QuestionnaireTemplate template = c.getTemplate();
    Map<Long, String> codes = new HashMap<>();
    template.getQuestions().forEach(q -> codes.put(q.getId(), q.getCode()));
    List<ResultsAggregator.Tally> tallies = new ArrayList<>();
    for (Object[] row : answers.tally(collectionId)) {
      String value = row[1] != null ? (String) row[1] : row[2] != null ? row[2].toString() : null;
      if (value != null) {
        tallies.add(new ResultsAggregator.Tally(codes.get((Long) row[0]), value, ((Number) row[3]).longValue()));
      }
    }
    Map<String, Long> perQuestion = new HashMap<>();
    for (Object[] row : answers.respondentsPerQuestion(collectionId)) {
      perQuestion.put(codes.get((Long) row[0]), ((Number) row[1]).longValue());
    }
    List<Long> missed = assignments.findByCollectionAndStatus(collectionId, QuestionnaireAssignment.Status.MISSED)
        .stream().map(a -> a.getStaff().getId()).toList();
    CollectionResults results = ResultsAggregator.aggregate(collectionId, template, c.getRespondentCount(),
        c.getAnsweredCount(), missed, tallies, perQuestion);
    try {
      c.setResults(json.writeValueAsString(results));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return results;
  }

  /** The stored results of a closed collection. */
  @Transactional(readOnly = true)
  public CollectionResults results(Long collectionId) {
    QuestionnaireCollection c = collection(collectionId);
    if (c.getResults() == null) {
      throw UserFacingException.conflict("Итоги анкетирования ещё не подведены: сбор анкет не закрыт.");
    }
    try {
      return json.readValue(c.getResults(), CollectionResults.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String format(Instant instant) {
    return RU_DATE_TIME.format(instant.atZone(zone));
  }

  ZoneId zone() {
    return zone;
  }
}
