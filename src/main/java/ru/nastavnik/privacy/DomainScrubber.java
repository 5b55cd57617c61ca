package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.questionnaire.AnalyticNoteService;
import ru.nastavnik.questionnaire.QuestionnaireCatalogue;
import ru.nastavnik.questionnaire.QuestionnaireService;
import ru.nastavnik.staff.StaffMember;

/**
 * Removes a person's data from the application's own tables: what is only about them goes (their
 * nominations, the plan and report of their own pair, the record of their support), the texts of
 * their own pair's meetings are cleared, their profiles lose their free text, their staff row is
 * anonymised, and a sweep over every other table rewrites any mention left (orders listing them,
 * groups' meetings, the login in «recorded by» columns).
 */
@Component
class DomainScrubber {

  /** Domain tables the sweep rewrites: all but Camunda's, Flyway's, the staff list (rows of other people) and schools. */
  static final Predicate<String> SWEPT = t -> !t.startsWith("ACT_") && !t.startsWith("FLYWAY")
      && !t.equals("STAFF_MEMBER") && !t.equals("SCHOOL");

  private final EntityManager em;
  private final PersonRecords records;
  private final TextSweeper sweeper;
  private final QuestionnaireService questionnaires;
  private final DocumentScrubber documents;
  private final AnalyticNoteService analyticNotes;
  private final BaseService bases;
  private final DocumentService documentService;

  DomainScrubber(EntityManager em, PersonRecords records, TextSweeper sweeper, QuestionnaireService questionnaires,
      DocumentScrubber documents, AnalyticNoteService analyticNotes, BaseService bases, DocumentService documentService) {
    this.bases = bases;
    this.documentService = documentService;
    this.analyticNotes = analyticNotes;
    this.documents = documents;
    this.em = em;
    this.records = records;
    this.sweeper = sweeper;
    this.questionnaires = questionnaires;
  }

  Map<String, Integer> erase(StaffMember person, ProgramExit.Plan plan, PersonScope scope, String removedText) {
    PersonMatcher matcher = scope.inSchool();
    Map<String, Integer> places = new TreeMap<>();
    String shortName = person.shortName();
    String school = person.getSchool().getCode();

    List<Long> onlyAbout = new ArrayList<>();
    for (ProgramRecord r : records.records(school)) {
      String details = r.getDetails() == null ? "" : r.getDetails();
      boolean ownPlanOrReport = (r.getKind() == ProgramRecord.Kind.INDIVIDUAL_PLAN || r.getKind() == ProgramRecord.Kind.MENTOR_REPORT)
          && plan.ownPairLabels.stream().anyMatch(details::startsWith);
      boolean ownSupport = r.getKind() == ProgramRecord.Kind.MENTEE_SUPPORT && details.startsWith(shortName + ":");
      if (ownPlanOrReport || ownSupport) {
        onlyAbout.add(r.getId());
      }
    }
    person.anonymise(matcher.label(), matcher.pseudonym());
    em.flush();

    if (!onlyAbout.isEmpty()) {
      put(places, "program_record: документы только о нём (план, отчёт, поддержка) — удалены",
          em.createQuery("delete from ProgramRecord r where r.id in ?1").setParameter(1, onlyAbout).executeUpdate());
    }
    if (!plan.ownPairs.isEmpty()) {
      put(places, "pair_meeting: темы и итоги встреч его пары — удалены",
          em.createQuery("update PairMeeting m set m.topic = ?1, m.outcome = null where m.pair.id in ?2")
              .setParameter(1, removedText).setParameter(2, plan.ownPairs).executeUpdate());
    }
    put(places, "nomination: номинации — удалены",
        em.createQuery("delete from Nomination n where n.staff.id = ?1").setParameter(1, person.getId()).executeUpdate());
    documents.erase(person.getSchool().getId(), person.getId(), plan.ownPairs, matcher).forEach((place, n) ->
        put(places, place, n));
    QuestionnaireService.Erased answers = questionnaires.erasePerson(person.getId());
    put(places, "questionnaire_answer: ответы на анкеты и собеседования о нём — удалены", answers.answers());
    put(places, "questionnaire_assignment: участие в сборе анкет — отмечено как отзыв согласия, без времени и автора",
        answers.assignments());
    put(places, "questionnaire_collection: итоги анкетирования — пересчитаны без его ответов", answers.recounted().size());
    int notesRebuilt = 0;
    for (Long collectionId : answers.recounted()) {
      if (QuestionnaireCatalogue.MENTEE_DIAGNOSTICS.equals(questionnaires.collection(collectionId).getTemplate().getCode())) {
        analyticNotes.build(collectionId);
        notesRebuilt++;
      }
    }
    put(places, "questionnaire_analytic_note: аналитическая справка — составлена заново без его ответов", notesRebuilt);
    // the analytic note of every program the person was in the mentee base of or answered the
    // diagnostics for: the line recorded at the approval of the base is counted again, and its Word
    // file is made again from the base and the diagnostics as they are now — without their row
    java.util.Set<Long> programs = new java.util.TreeSet<>();
    records.menteeProfiles(person.getId()).forEach(m -> programs.add(m.getProgram().getId()));
    for (Long collectionId : answers.recounted()) {
      Long programId = questionnaires.collection(collectionId).getProgramId();
      if (programId != null) {
        programs.add(programId);
      }
    }
    if (!programs.isEmpty()) {
      em.flush();
      int recounted = 0;
      for (ProgramRecord r : records.records(school)) {
        if (r.getKind() == ProgramRecord.Kind.ANALYTIC_NOTE && programs.contains(r.getProgram().getId())) {
          String before = r.getDetails() == null ? "" : r.getDetails();
          int at = before.indexOf(" Выводы: ");
          String conclusions = at < 0 ? "" : before.substring(at);
          String details = bases.menteeBaseSummary(r.getProgram().getId())
              + analyticNotes.latestForProgram(r.getProgram().getId()).map(n -> " " + n.summary()).orElse("")
              + conclusions + " Пересчитано после отзыва согласия на обработку персональных данных ("
              + matcher.label() + ").";
          recounted += em.createNativeQuery("update program_record set details = ?1 where id = ?2")
              .setParameter(1, details).setParameter(2, r.getId()).executeUpdate();
        }
      }
      put(places, "program_record: аналитическая справка программы — пересчитана без него", recounted);
      @SuppressWarnings("unchecked")
      List<Number> files = em.createNativeQuery("select id from document where kind = 'ANALYTIC_NOTE'"
          + " and status = 'ACTIVE' and program_id in (?1)").setParameter(1, programs).getResultList();
      for (Number id : files) {
        documentService.rerender(id.longValue());
      }
      put(places, "document_content: аналитическая справка (Word) — составлена заново без него, PDF-копия удалена",
          files.size());
    }
    put(places, "mentee_profile: запросы наставляемого — удалены",
        em.createQuery("update MenteeProfile m set m.requests = null, m.wantsToMentor = false where m.staff.id = ?1")
            .setParameter(1, person.getId()).executeUpdate());
    put(places, "mentor_profile: причина отказа, сертификат, дата обучения — удалены",
        em.createQuery("update MentorProfile m set m.rejectionReason = null, m.certificateNumber = null,"
                + " m.trainedOn = null, m.longTerm = false where m.staff.id = ?1")
            .setParameter(1, person.getId()).executeUpdate());
    places.put("staff_member: ФИО, логин, табельный номер, должность, предметы, стаж, дата приёма, категория, e-mail,"
        + " роли — обезличены", 1);
    em.flush();
    em.clear();

    sweeper.sweep(scope, SWEPT).rows().forEach((place, n) ->
        put(places, place.toLowerCase(Locale.ROOT) + ": упоминания — заменены", n));
    return places;
  }

  private static void put(Map<String, Integer> places, String place, int n) {
    if (n > 0) {
      places.merge(place, n, Integer::sum);
    }
  }
}
