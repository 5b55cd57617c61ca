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

  public QuestionnaireRespondents(BaseService bases, ru.nastavnik.program.ProgramRepository programs) {
    this.bases = bases;
    this.programs = programs;
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
