package ru.nastavnik.bases;

import static ru.nastavnik.program.ProgramProcess.MentorSelection.APPOINT_MENTORS;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.CANDIDATE_ID;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.INTERVIEW;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.RECORD_TRAINING;
import static ru.nastavnik.program.ProgramProcess.MentorSelection.SELECT_CANDIDATES;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.questionnaire.MentorInterviews;
import ru.nastavnik.questionnaire.QuestionnaireSpec;

/** Stage III «Отбор и обучение наставников». */
@Component("mentorSelectionTasks")
public class MentorSelectionTaskListener implements TaskListener {

  private final BaseService bases;
  private final ProgramRecordService records;
  private final MentorInterviews interviews;

  public MentorSelectionTaskListener(BaseService bases, ProgramRecordService records, MentorInterviews interviews) {
    this.bases = bases;
    this.records = records;
    this.interviews = interviews;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long programId = EngineContext.longVar(task, ProgramProcess.PROGRAM_ID);
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      switch (key) {
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
          ru.nastavnik.program.OrderTasks.show(task, "orderMentors");
          ViewOptions.text(task, "uiTrainedMentors",
            bases.mentorsWithStatus(programId, MentorProfile.Status.TRAINED).stream()
                .map(m -> m.getStaff().shortName()).collect(Collectors.joining(", ")));
        }
        default -> { }
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    FormValues form = FormValues.of(task);
    String actor = EngineContext.actor(task);
    switch (key) {
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
          String number = ru.nastavnik.program.OrderTasks.number(task, "orderMentors");
          var appointed = bases.appointMentors(programId);
          records.record(programId, ProgramRecord.Kind.ORDER_MENTORS, number, ru.nastavnik.program.OrderTasks.today(),
              "Назначены наставниками: " + appointed.stream().map(m -> m.getStaff().shortName())
                  .collect(Collectors.joining(", ")), actor);
        }
      }
      default -> { }
    }
    FormValues.dropViewVariables(task);
  }

  private static String schoolCode(DelegateTask task) {
    return task.getTenantId() != null ? task.getTenantId() : (String) task.getVariable(ProgramProcess.SCHOOL_CODE);
  }
}
