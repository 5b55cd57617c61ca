package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
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

  DomainScrubber(EntityManager em, PersonRecords records, TextSweeper sweeper, QuestionnaireService questionnaires,
      DocumentScrubber documents, AnalyticNoteService analyticNotes) {
    this.analyticNotes = analyticNotes;
    this.documents = documents;
    this.em = em;
    this.records = records;
    this.sweeper = sweeper;
    this.questionnaires = questionnaires;
  }

  Map<String, Integer> erase(StaffMember person, ProgramExit.Plan plan, PersonMatcher matcher, String removedText) {
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

    sweeper.sweep(matcher, SWEPT).rows().forEach((place, n) ->
        put(places, place.toLowerCase(Locale.ROOT) + ": упоминания — заменены", n));
    return places;
  }

  private static void put(Map<String, Integer> places, String place, int n) {
    if (n > 0) {
      places.merge(place, n, Integer::sum);
    }
  }
}
