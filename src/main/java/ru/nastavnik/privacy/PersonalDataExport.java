package ru.nastavnik.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.documents.Document;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.monitoring.BestPracticeRepository;
import ru.nastavnik.monitoring.FinalEventRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.questionnaire.QuestionnaireService;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;
import ru.nastavnik.common.UserFacingException;

/**
 * Everything the system holds about one person (152-ФЗ ст. 14, 20): the staff record, consents,
 * places in the bases, questionnaire answers (their own and interviews about them), pairs and their
 * meetings, the summing-up of their pairs, final events and best practices that name them, stored
 * documents about them or naming them, nominations, the Camunda
 * user with groups and schools, the tasks they worked and comments they wrote, who read their data.
 * Sections are ordered maps so JSON and DOCX show them in the same order.
 */
@Service
public class PersonalDataExport {

  static final int HISTORY_LIMIT = 1000;

  private final StaffRepository staff;
  private final PersonRecords records;
  private final ConsentRepository consents;
  private final RemovalActRepository acts;
  private final PiiAccessLog accessLog;
  private final IdentityService identity;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final QuestionnaireService questionnaires;
  private final DocumentService documents;
  private final FinalEventRepository finalEvents;
  private final BestPracticeRepository bestPractices;

  public PersonalDataExport(StaffRepository staff, PersonRecords records, ConsentRepository consents, RemovalActRepository acts,
      PiiAccessLog accessLog, IdentityService identity, HistoryService history, JdbcTemplate jdbc,
      QuestionnaireService questionnaires, DocumentService documents, FinalEventRepository finalEvents,
      BestPracticeRepository bestPractices) {
    this.questionnaires = questionnaires;
    this.documents = documents;
    this.finalEvents = finalEvents;
    this.bestPractices = bestPractices;
    this.staff = staff;
    this.records = records;
    this.consents = consents;
    this.acts = acts;
    this.accessLog = accessLog;
    this.identity = identity;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** The export; the read itself is logged first, so it appears in its own access log section. */
  @Transactional
  public Map<String, Object> export(String schoolCode, Long staffId, String requestedBy, PiiAccessEntry.Action action) {
    StaffMember person = staff.findInSchool(schoolCode, staffId).orElseThrow(() ->
        UserFacingException.notFound("Сотрудник с номером " + staffId + " не найден в этой школе."));
    accessLog.save(new PiiAccessEntry(person.getSchool(), person, requestedBy, action));
    School school = person.getSchool();
    // the same rules as a withdrawal: in the school's rows every form of the name no colleague shares
    PersonMatcher matcher = records.scope(person, "", "").inSchool();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("about", ordered(
        "operator", school.getFullName() + ", " + school.getAddress(),
        "system", RemovalAct.SYSTEM_NAME,
        "purpose", "Участие в программе наставничества педагогических работников",
        "legalBasis", "ст. 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»",
        "generatedAt", Instant.now().toString(),
        "generatedBy", requestedBy));
    out.put("person", ordered(
        "staffId", person.getId(), "lastName", person.getLastName(), "firstName", person.getFirstName(),
        "middleName", person.getMiddleName(), "username", person.getUsername(), "personKey", person.getPersonKey(),
        "position", person.getPosition(), "subjects", person.getSubjects(),
        "experienceYears", person.getExperienceYears(), "hiredOn", person.getHiredOn(),
        "qualificationCategory", person.getQualificationCategory(), "email", person.getEmail(),
        "lineManager", person.getLineManager() == null ? null : person.getLineManager().shortName(),
        "roles", person.getRoles().stream().map(Role::title).toList(), "active", person.isActive()));
    out.put("consents", consents.findByStaff(person.getId()).stream().map(c -> ordered(
        "purpose", c.getPurpose().title(), "textVersion", c.getTextVersion(), "givenOn", c.getGivenOn(),
        "method", c.getMethod(), "recordedBy", c.getRecordedBy(), "withdrawnOn", c.getWithdrawnOn())).toList());
    out.put("menteeProfiles", records.menteeProfiles(person.getId()).stream().map(m -> ordered(
        "academicYear", m.getProgram().getAcademicYear(), "category", m.getCategory().title(),
        "status", m.getStatus().name(), "requests", m.getRequests(), "wantsToMentor", m.isWantsToMentor())).toList());
    out.put("mentorProfiles", records.mentorProfiles(person.getId()).stream().map(m -> ordered(
        "academicYear", m.getProgram().getAcademicYear(), "status", m.getStatus().name(),
        "capacity", m.getCapacity(), "rejectionReason", m.getRejectionReason(),
        "certificateNumber", m.getCertificateNumber(), "trainedOn", m.getTrainedOn(),
        "longTerm", m.isLongTerm())).toList());
    out.put("questionnaires", questionnaires.heldAbout(person.getId()));
    List<MentoringPair> pairs = records.pairs(person.getId());
    out.put("pairs", pairs.stream().map(p -> ordered(
        "pairId", p.getId(), "academicYear", p.getProgram().getAcademicYear(),
        "role", p.getMentor().getId().equals(person.getId()) ? "наставник" : "наставляемый",
        "mentor", p.getMentor().shortName(),
        "mentees", p.getMentees().stream().map(StaffMember::shortName).toList(),
        "form", p.getForm() == null ? null : p.getForm().title(), "status", p.getStatus().name(),
        "createdAt", p.getCreatedAt(), "endedAt", p.getEndedAt(), "endReason", p.getEndReason())).toList());
    out.put("meetings", records.meetings(pairs.stream().map(MentoringPair::getId).toList()).stream().map(m -> ordered(
        "pairId", m.getPair().getId(), "kind", m.getKind().title(), "heldOn", m.getHeldOn(), "topic", m.getTopic(),
        "outcome", m.getOutcome(), "durationMinutes", m.getDurationMinutes())).toList());
    out.put("records", records.records(school.getCode()).stream()
        .filter(r -> matcher.mentions(r.getDetails()) || person.getUsername().equals(r.getRecordedBy()))
        .map(r -> ordered("academicYear", r.getProgram().getAcademicYear(), "title", r.getTitle(),
            "number", r.getNumber(), "date", r.getDate(), "details", r.getDetails(),
            "recordedBy", r.getRecordedBy())).toList());
    out.put("nominations", records.nominations(person.getId()).stream().map(n -> ordered(
        "academicYear", records.programOfNomination(n).getAcademicYear(), "title", n.getTitle())).toList());
    List<Long> pairIds = pairs.stream().map(MentoringPair::getId).toList();
    out.put("pairOutcomes", records.pairOutcomes(pairIds).stream().map(o -> ordered(
        "pairId", o.getPair().getId(), "goals", o.getGoals().text(), "comment", o.getComment(),
        "recordedBy", o.getRecordedBy(), "recordedAt", o.getRecordedAt())).toList());
    out.put("finalEvents", finalEvents.findBySchool(school.getCode()).stream()
        .filter(e -> matcher.mentions(e.getMaterials()) || person.getUsername().equals(e.getRecordedBy()))
        .map(e -> ordered("academicYear", e.getProgram().getAcademicYear(), "format", e.getFormat(),
            "date", e.getDate(), "materials", e.getMaterials(), "recordedBy", e.getRecordedBy())).toList());
    out.put("bestPractices", bestPractices.findBySchool(school.getCode()).stream()
        .filter(b -> b.getPair() != null && pairIds.contains(b.getPair().getId()) || matcher.mentions(b.getAuthor())
            || matcher.mentions(b.getTitle()) || matcher.mentions(b.getDescription()))
        .map(b -> ordered("academicYear", b.getAcademicYear(), "title", b.getTitle(), "author", b.getAuthor(),
            "pairId", b.getPair() == null ? null : b.getPair().getId(), "description", b.getDescription())).toList());
    out.put("documents", documents(school, person, pairIds, matcher));
    Map<String, Object> engine = new LinkedHashMap<>();
    EngineContext.asSystem(identity, () -> engine.putAll(camunda(person.getUsername())));
    out.put("camunda", engine);
    out.put("accessLog", accessLog.findByStaff(person.getId()).stream().map(e -> ordered(
        "at", e.getAccessedAt(), "by", e.getActor(), "action", e.getAction().title())).toList());
    out.put("removalAct", acts.findByStaff(person.getId()).map(a -> ordered(
        "number", a.getId(), "performedAt", a.getPerformedAt(), "ground", a.getGround().text())).orElse(null));
    return out;
  }

  /** Stored documents about the person (theirs or their pair's) and the school's others that name them, newest first. */
  private List<Map<String, Object>> documents(School school, StaffMember person, List<Long> pairIds, PersonMatcher matcher) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Document d : documents.list(school.getCode(), null, null)) {
      String why;
      if (person.getId().equals(d.getStaffId())) {
        why = "о сотруднике";
      } else if (d.getPairId() != null && pairIds.contains(d.getPairId())) {
        why = "о его паре";
      } else if (DocumentScrubber.mentions(documents.docx(d.getId()), matcher)) {
        why = "упомянут в тексте";
      } else {
        continue;
      }
      out.add(ordered("documentId", d.getId(), "kind", d.getKind().title(), "title", d.getTitle(),
          "number", d.getNumber(), "date", d.getDate(), "reason", why));
    }
    return out;
  }

  private Map<String, Object> camunda(String username) {
    Map<String, Object> out = new LinkedHashMap<>();
    User user = identity.createUserQuery().userId(username).singleResult();
    out.put("user", user == null ? null : ordered("id", user.getId(), "firstName", user.getFirstName(),
        "lastName", user.getLastName(), "email", user.getEmail()));
    out.put("groups", identity.createGroupQuery().groupMember(username).list().stream()
        .map(g -> g.getName() == null ? g.getId() : g.getName()).toList());
    out.put("schools", identity.createTenantQuery().userMember(username).list().stream()
        .map(t -> t.getName() == null ? t.getId() : t.getName()).toList());
    // tasks they were assigned at any time (a delegated task goes back to its owner), or offered as a candidate
    java.util.Set<String> taskIds = new java.util.LinkedHashSet<>();
    history.createHistoricTaskInstanceQuery().taskAssignee(username).orderByHistoricActivityInstanceStartTime().asc()
        .listPage(0, HISTORY_LIMIT).forEach(t -> taskIds.add(t.getId()));
    history.createHistoricIdentityLinkLogQuery().userId(username).listPage(0, HISTORY_LIMIT).stream()
        .filter(l -> l.getTaskId() != null).forEach(l -> taskIds.add(l.getTaskId()));
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (String id : taskIds) {
      HistoricTaskInstance t = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
      if (t != null) {
        tasks.add(ordered("task", t.getName(), "process", t.getProcessDefinitionKey(), "created", t.getStartTime(),
            "finished", t.getEndTime(), "due", t.getDueDate(), "assignee", t.getAssignee()));
      }
    }
    out.put("tasks", tasks);
    out.put("taskLinks", history.createHistoricIdentityLinkLogQuery().userId(username).listPage(0, HISTORY_LIMIT)
        .stream().map(l -> ordered("time", l.getTime(), "type", l.getType(), "operation", l.getOperationType(),
            "taskId", l.getTaskId())).toList());
    out.put("comments", jdbc.queryForList(
        "select TIME_, MESSAGE_ from ACT_HI_COMMENT where USER_ID_ = ? order by TIME_", username).stream()
        .map(r -> ordered("time", r.get("TIME_"), "message", r.get("MESSAGE_"))).toList());
    List<Map<String, Object>> operations = new ArrayList<>();
    for (UserOperationLogEntry e : history.createUserOperationLogQuery().userId(username)
        .orderByTimestamp().asc().listPage(0, HISTORY_LIMIT)) {
      operations.add(ordered("time", e.getTimestamp(), "operation", e.getOperationType(),
          "entity", e.getEntityType(), "property", e.getProperty()));
    }
    out.put("operations", operations);
    return out;
  }

  static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
