package ru.nastavnik.bases;

import static ru.nastavnik.program.ProgramProcess.MentorSelection.APPOINT_MENTORS;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.CANDIDATE_ID;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.INTERVIEW;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.RECORD_TRAINING;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.SELECT_CANDIDATES;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.OrderTasks;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.questionnaire.MentorInterviews;
import ru.nastavnik.questionnaire.QuestionnaireSpec;

/** Stage III «Отбор и обучение наставников». */
@Component("mentorSelectionTasks")
public class MentorSelectionTaskListener extends StageTaskListener {

  private final BaseService bases;
  private final ProgramRecordService records;
  private final MentorInterviews interviews;

  public MentorSelectionTaskListener(BaseService bases, ProgramRecordService records, MentorInterviews interviews) {
    this.bases = bases;
    this.records = records;
    this.interviews = interviews;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    switch (task.getTaskDefinitionKey()) {
      case SELECT_CANDIDATES -> ViewOptions.set(task, "uiTeacherOptions",
          bases.teachers(programId).stream()
              .filter(s -> bases.menteesWithStatus(programId, MenteeProfile.Status.values()).stream()
                  .noneMatch(m -> m.getStaff().getId().equals(s.getId())))
              .sorted((a, b) -> Integer.compare(b.getExperienceYears(), a.getExperienceYears()))
              .toList(),
          s -> s.getId(), BaseService::label);
      case INTERVIEW -> {
        MentorProfile m = bases.mentor(programId, EngineContext.longVar(task, CANDIDATE_ID));
        ViewOptions.text(task, QuestionnaireSpec.SUBJECT_FIELD, BaseService.label(m.getStaff()));
      }
      case RECORD_TRAINING -> ViewOptions.set(task, "uiSelectedOptions",
          bases.mentorsWithStatus(programId, MentorProfile.Status.SELECTED, MentorProfile.Status.TRAINED),
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      case APPOINT_MENTORS -> {
        OrderTasks.show(task, "orderMentors");
        ViewOptions.text(task, "uiTrainedMentors",
            bases.mentorsWithStatus(programId, MentorProfile.Status.TRAINED).stream()
                .map(m -> m.getStaff().shortName()).collect(Collectors.joining(", ")));
      }
      default -> { }
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    switch (task.getTaskDefinitionKey()) {
      case SELECT_CANDIDATES -> bases.selectMentorCandidates(programId,
          form.requiredIds("candidateIds", "Кандидаты в наставники"));
      // the interview's answers are stored; the selection criteria table decides after all interviews
      case INTERVIEW -> interviews.record(programId, schoolCode(task), EngineContext.longVar(task, CANDIDATE_ID),
          task::getVariable, actor);
      case RECORD_TRAINING -> bases.recordTraining(programId, form.requiredIds("trainedIds", "Прошли обучение"),
          form.requiredDate("trainingDate", "Дата окончания обучения"));
      case APPOINT_MENTORS -> {
        String decision = form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"));
        if ("approve".equals(decision)) {
          String number = OrderTasks.number(task, "orderMentors");
          var appointed = bases.appointMentors(programId);
          records.record(programId, ProgramRecord.Kind.ORDER_MENTORS, number, OrderTasks.today(),
              "Назначены наставниками: " + appointed.stream().map(m -> m.getStaff().shortName())
                  .collect(Collectors.joining(", ")), actor);
        }
      }
      default -> { }
    }
  }

  private static String schoolCode(DelegateTask task) {
    return task.getTenantId() != null ? task.getTenantId() : (String) task.getVariable(ProgramProcess.SCHOOL_CODE);
  }
}
