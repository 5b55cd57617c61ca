package ru.nastavnik.pairwork;

import static ru.nastavnik.program.ProgramProcess.PairWork.ACQUAINTANCE;
import static ru.nastavnik.program.ProgramProcess.PairWork.AGREE_PLAN;
import static ru.nastavnik.program.ProgramProcess.PairWork.APPROVE_PLAN;
import static ru.nastavnik.program.ProgramProcess.PairWork.CHECK_PAIR;
import static ru.nastavnik.program.ProgramProcess.PairWork.DRAFT_PLAN;
import static ru.nastavnik.program.ProgramProcess.PairWork.FINAL_MEETING;
import static ru.nastavnik.program.ProgramProcess.PairWork.LOG_MEETING;
import static ru.nastavnik.program.ProgramProcess.PairWork.MENTOR_REPORT;
import static ru.nastavnik.program.ProgramProcess.PairWork.MID_YEAR_MONITORING;
import static ru.nastavnik.program.ProgramProcess.PairWork.TRIAL;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage V: the per-pair tasks (meetings, plan, report) and the curator's mid-year monitoring. */
@Component("pairWorkTasks")
public class PairWorkTaskListener extends StageTaskListener {

  private final PairWorkService work;
  private final ProgramRecordService records;

  public PairWorkTaskListener(PairWorkService work, ProgramRecordService records) {
    this.work = work;
    this.records = records;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    Long pairId = EngineContext.longVar(task, ProgramProcess.PAIR_ID);
    String key = task.getTaskDefinitionKey();
    if (pairId != null) {
      ViewOptions.text(task, "uiPair", PairingService.label(work.pair(pairId)));
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    Long pairId = EngineContext.longVar(task, ProgramProcess.PAIR_ID);
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case ACQUAINTANCE -> logMeeting(form, pairId, PairMeeting.Kind.ACQUAINTANCE, actor);
      case TRIAL -> logMeeting(form, pairId, PairMeeting.Kind.TRIAL, actor);
      case DRAFT_PLAN -> {
        var plan = work.logMeeting(pairId, PairMeeting.Kind.PLANNING,
            form.requiredDate("meetingDate", "Дата встречи-планирования"),
            "Индивидуальный план: " + form.requiredText("uiPlanGoals", "Цели и задачи"),
            form.requiredText("uiPlanActivities", "Мероприятия и сроки"), null, actor);
        records.record(programId, ProgramRecord.Kind.INDIVIDUAL_PLAN, null, plan.getHeldOn(),
            PairingService.label(work.pair(pairId)) + ". " + plan.getTopic(), actor);
        work.planDrafted(pairId);
      }
      case AGREE_PLAN -> work.agreePlan(pairId,
          "approve".equals(form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"))));
      case APPROVE_PLAN -> work.approvePlan(pairId,
          "approve".equals(form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"))));
      case LOG_MEETING -> {
        String kind = form.requiredChoice("meetingKind", "Вид встречи",
            Set.of("REGULAR", "LESSON_VISIT", "OPEN_LESSON", "CONSULTATION"));
        logMeeting(form, pairId, PairMeeting.Kind.valueOf(kind), actor);
      }
      case FINAL_MEETING -> logMeeting(form, pairId, PairMeeting.Kind.FINAL, actor);
      case MENTOR_REPORT -> {
        work.checkCanReport(pairId);
        records.record(programId, ProgramRecord.Kind.MENTOR_REPORT, null, java.time.LocalDate.now(),
            PairingService.label(work.pair(pairId)) + ". " + form.requiredText("uiReport", "Итоги наставничества")
                + recommendations(form.text("uiRecommendations")), actor);
      }
      case CHECK_PAIR -> form.requiredText("uiCheckResult", "Что выяснено");
      case MID_YEAR_MONITORING -> records.record(programId, ProgramRecord.Kind.MIDYEAR_MONITORING, null,
          form.requiredDate("monitoringDate", "Дата"),
          "Ответили участников: " + form.requiredInt("respondents", "Число ответивших", 0, 100000)
              + ". " + nullToEmpty(form.text("uiMonitoringSummary")), actor);
      default -> { }
    }
  }

  private void logMeeting(FormValues form, Long pairId, PairMeeting.Kind kind, String actor) {
    Integer minutes = form.text("durationMinutes") == null ? null
        : form.requiredInt("durationMinutes", "Продолжительность, мин", 5, 600);
    work.logMeeting(pairId, kind, form.requiredDate("meetingDate", "Дата встречи"),
        form.requiredText("uiTopic", "Тема встречи"), form.text("uiOutcome"), minutes, actor);
  }

  private static String recommendations(String text) {
    return text == null ? "" : " Рекомендации: " + text;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
