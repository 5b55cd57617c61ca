package ru.nastavnik.documents.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;

/** Приказ по итогам реализации программы (seed 000 stage 5a «приказы по итогам деятельности»). */
@Component
class ResultsOrderModel implements DocumentModelBuilder {

  private final PairRepository pairs;
  private final PairMeetingRepository meetings;
  private final MenteeProfileRepository mentees;
  private final ProgramPeople people;
  private final ru.nastavnik.monitoring.CompletionService completion;

  ResultsOrderModel(PairRepository pairs, PairMeetingRepository meetings, MenteeProfileRepository mentees,
      ProgramPeople people, ru.nastavnik.monitoring.CompletionService completion) {
    this.completion = completion;
    this.pairs = pairs;
    this.meetings = meetings;
    this.mentees = mentees;
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_RESULTS;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    MentoringProgram program = ctx.program();
    List<MentoringPair> all = pairs.findByProgram(program.getId()).stream()
        .filter(p -> p.getStatus() != MentoringPair.Status.DISSOLVED).toList();
    int completed = 0;
    int meetingCount = 0;
    Set<Long> menteeIds = new LinkedHashSet<>();
    List<StaffMember> thanked = new ArrayList<>();
    for (MentoringPair p : all) {
      if (p.getStatus() == MentoringPair.Status.COMPLETED) {
        completed++;
      }
      if (p.getStatus() == MentoringPair.Status.COMPLETED || p.getStatus() == MentoringPair.Status.ACTIVE) {
        thanked.add(p.getMentor());
      }
      p.getMentees().forEach(m -> menteeIds.add(m.getId()));
      meetingCount += meetings.findByPair(p.getId()).size();
    }
    Integer total = program.getEffectivenessTotal();
    model.put("results.total", total == null ? "—" : total.toString());
    model.put("results.level", total == null ? "не определён" : Levels.orComputed(program.getEffectivenessLevel(), total));
    model.put("stats.pairs", all.size());
    model.put("stats.completed", completed);
    model.put("stats.mentees", menteeIds.size());
    model.put("stats.meetings", meetingCount);
    String future = mentees.findByProgram(program.getId()).stream().filter(MenteeProfile::isWantsToMentor)
        .map(m -> m.getStaff().fullName()).collect(Collectors.joining(", "));
    model.put("results.futureMentors", Texts.orDash(future));
    DocumentModel.Items items = model.list("thanked");
    int n = 0;
    for (StaffMember s : ProgramPeople.sorted(thanked)) {
      items.add().put("n", ++n).put("name", s.fullName()).put("position", s.getPosition());
    }
    DocumentModel.Items outcomes = model.list("outcomes");
    int k = 0;
    for (ru.nastavnik.monitoring.PairOutcome o : completion.outcomes(program.getId())) {
      outcomes.add().put("n", ++k).put("pair", ru.nastavnik.pairing.PairingService.label(o.getPair()))
          .put("goals", o.getGoals().text()).put("comment", Texts.orDash(o.getComment()));
    }
    model.put("stats.practices", completion.bestPractices(program.getSchool().getCode()).stream()
        .filter(p -> program.getAcademicYear().equals(p.getAcademicYear())).count());
    people.acquainted(model, people.leadership(program));
  }
}
