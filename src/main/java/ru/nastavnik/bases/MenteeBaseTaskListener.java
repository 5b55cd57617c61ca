package ru.nastavnik.bases;

import static ru.nastavnik.program.ProgramProcess.MenteeBase.APPROVE_BASE;
import static ru.nastavnik.program.ProgramProcess.MenteeBase.MENTEES_IN_BASE;
import static ru.nastavnik.program.ProgramProcess.MenteeBase.RECORD_CONSENTS;
import static ru.nastavnik.program.ProgramProcess.MenteeBase.SELECT_MENTEES;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.questionnaire.AnalyticNote;
import ru.nastavnik.questionnaire.AnalyticNoteService;

/** Stage II «Формирование базы наставляемых». */
@Component("menteeBaseTasks")
public class MenteeBaseTaskListener extends StageTaskListener {

  private final BaseService bases;
  private final ProgramRecordService records;
  private final AnalyticNoteService notes;

  public MenteeBaseTaskListener(BaseService bases, ProgramRecordService records, AnalyticNoteService notes) {
    this.bases = bases;
    this.records = records;
    this.notes = notes;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    switch (task.getTaskDefinitionKey()) {
      case SELECT_MENTEES -> ViewOptions.set(task, "uiTeacherOptions", bases.teachers(programId), s -> s.getId(),
          BaseService::label);
      case RECORD_CONSENTS -> ViewOptions.set(task, "uiCandidateOptions",
          bases.menteesWithStatus(programId, MenteeProfile.Status.CANDIDATE, MenteeProfile.Status.IN_BASE),
          p -> p.getStaff().getId(), p -> BaseService.label(p.getStaff()) + " (" + p.getCategory().title() + ")");
      case APPROVE_BASE -> ViewOptions.text(task, "uiAnalyticNote", notes.latestForProgram(programId)
          .map(AnalyticNote::text).orElse("Диагностика профессиональных дефицитов не проводилась."));
      default -> { }
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    switch (task.getTaskDefinitionKey()) {
      case SELECT_MENTEES -> bases.selectMentees(programId, form.requiredIds("menteeIds", "Наставляемые"));
      case RECORD_CONSENTS -> {
        int inBase = bases.recordMenteeConsents(programId, form.ids("consentedIds", "Дали согласие"),
            form.requiredDate("consentDate", "Дата согласия"),
            form.requiredText("consentMethod", "Способ получения согласия"), actor);
        task.getExecution().setVariable(MENTEES_IN_BASE, inBase);
      }
      case APPROVE_BASE -> {
        String decision = form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"));
        if ("approve".equals(decision)) {
          String note = bases.approveMenteeBase(programId);
          String diagnostics = notes.latestForProgram(programId).map(n -> " " + n.summary()).orElse("");
          records.record(programId, ProgramRecord.Kind.ANALYTIC_NOTE, null, LocalDate.now(),
              note + diagnostics + appendix(form.text("uiDiagnosticsSummary")), actor);
        }
      }
      default -> { }
    }
  }

  private static String appendix(String text) {
    return text == null ? "" : " Выводы: " + text;
  }
}
