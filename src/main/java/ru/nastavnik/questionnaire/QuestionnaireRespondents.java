package ru.nastavnik.questionnaire;

import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MenteeProfile;

/**
 * Who a stage sends a questionnaire to, as the JSON list of staff ids «Сбор анкет» takes
 * ({@code <camunda:in sourceExpression="${questionnaireRespondents.menteesInBase(programId)}" target="respondentIds"/>}):
 * ids only, and never a serialised Java list.
 */
@Component("questionnaireRespondents")
public class QuestionnaireRespondents {

  private final BaseService bases;
  private final ru.nastavnik.program.ProgramRepository programs;
  private final ru.nastavnik.bases.MenteeProfileRepository mentees;
  private final ru.nastavnik.bases.MentorProfileRepository mentors;

  public QuestionnaireRespondents(BaseService bases, ru.nastavnik.program.ProgramRepository programs,
      ru.nastavnik.bases.MenteeProfileRepository mentees, ru.nastavnik.bases.MentorProfileRepository mentors) {
    this.bases = bases;
    this.programs = programs;
    this.mentees = mentees;
    this.mentors = mentors;
  }

  /**
   * Stage VI: the exit questionnaire goes to the mentees who worked in a pair and to the appointed
   * mentors («выходное анкетирование по проделанной работе»: наставник и наставляемый).
   */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public TypedValue programParticipants(Long programId) {
    java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
    mentees.findByProgramAndStatus(programId, List.of(MenteeProfile.Status.PAIRED, MenteeProfile.Status.COMPLETED))
        .forEach(m -> ids.add(m.getStaff().getId()));
    mentors.findByProgramAndStatus(programId, List.of(ru.nastavnik.bases.MentorProfile.Status.APPOINTED))
        .forEach(m -> ids.add(m.getStaff().getId()));
    return json(List.copyOf(ids));
  }

  /** Stage V: the program's curator receives the curator's feedback questionnaire (monitoring, stage 1). */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public TypedValue curators(Long programId) {
    return json(programs.findById(programId).map(p -> p.getCurator())
        .map(c -> List.of(c.getId())).orElse(List.of()));
  }

  /** Stage II: the teachers in the mentee base (consent given) receive the diagnostics. */
  public TypedValue menteesInBase(Long programId) {
    return json(bases.menteesWithStatus(programId, MenteeProfile.Status.IN_BASE).stream()
        .map(m -> m.getStaff().getId()).toList());
  }

  /** Stage III: the mentor candidates receive the candidate's questionnaire. */
  public TypedValue mentorCandidates(Long programId) {
    return json(bases.candidateIds(programId));
  }

  static TypedValue json(List<Long> ids) {
    return SpinValues.jsonValue(ids.toString()).create();
  }
}
