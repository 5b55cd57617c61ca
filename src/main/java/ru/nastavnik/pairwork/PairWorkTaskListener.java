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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.monitoring.MonitoringService;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.staff.StaffMember;

/** Stage V: the per-pair tasks (meetings, plan, report) and the curator's mid-year monitoring. */
@Component("pairWorkTasks")
public class PairWorkTaskListener extends StageTaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The form's table of the mentees' stage 2 parameters (one row per mentee). */
  static final String GROWTH = "uiGrowth";
  static final String GROWTH_MENTEE = "uiMentee";

  private final PairWorkService work;
  private final ProgramRecordService records;
  private final MonitoringService monitoring;

  public PairWorkTaskListener(PairWorkService work, ProgramRecordService records, MonitoringService monitoring) {
    this.work = work;
    this.records = records;
    this.monitoring = monitoring;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    Long pairId = EngineContext.longVar(task, ProgramProcess.PAIR_ID);
    String key = task.getTaskDefinitionKey();
    if (pairId != null) {
      ViewOptions.text(task, "uiPair", PairingService.label(work.pair(pairId)));
      if (ACQUAINTANCE.equals(key) || MENTOR_REPORT.equals(key)) {
        prepareGrowth(task, pairId);
      }
    }
  }

  /** One row per mentee of the pair, the mentee shown by name; the mentor fills the parameters. */
  private void prepareGrowth(DelegateTask task, Long pairId) {
    List<StaffMember> mentees = work.mentees(pairId);
    ViewOptions.set(task, "uiMenteeOptions", mentees, StaffMember::getId, StaffMember::shortName);
    ArrayNode rows = JSON.createArrayNode();
    mentees.forEach(m -> rows.addObject().put(GROWTH_MENTEE, String.valueOf(m.getId())));
    // on the execution, not the task: the completed form's table replaces it there (it is dropped at completion)
    task.getExecution().setVariable(GROWTH, SpinValues.jsonValue(rows.toString()).create());
  }

  /**
   * The parameters the mentor filled, mentee by mentee: a row left empty is not measured; a value
   * outside 1–5, a mentee not of the pair, or (after) a parameter never measured before is refused
   * with nothing stored — neither the values nor the meeting or report of the same form.
   */
  private void recordGrowth(FormValues form, Long programId, Long pairId, boolean after, String actor) {
    Set<Long> ofThePair = work.mentees(pairId).stream().map(StaffMember::getId).collect(Collectors.toSet());
    List<MonitoringService.GrowthEntry> entries = new ArrayList<>();
    for (JsonNode row : form.rows(GROWTH)) {
      Long mentee = parseId(row.path(GROWTH_MENTEE));
      for (Map.Entry<String, String> p : MonitoringService.PAIR_GROWTH_PARAMETERS.entrySet()) {
        JsonNode value = row.path(p.getKey());
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
          continue;
        }
        if (mentee == null || !ofThePair.contains(mentee)) {
          throw new UserFacingException("Показатели можно указать только для наставляемых этой пары.");
        }
        if (!value.asText().trim().matches("-?\\d+")) {
          throw new UserFacingException("Значение параметра «" + p.getValue() + "» — целое число от "
              + MonitoringService.GROWTH_MIN + " до " + MonitoringService.GROWTH_MAX + ", указано «"
              + value.asText().trim() + "».");
        }
        entries.add(new MonitoringService.GrowthEntry(mentee, p.getValue(), Integer.valueOf(value.asText().trim())));
      }
    }
    if (!entries.isEmpty()) {
      monitoring.measureAll(programId, entries, after, actor);
    }
  }

  private static Long parseId(JsonNode node) {
    String text = node.asText("").trim();
    return text.matches("\\d+") ? Long.valueOf(text) : null;
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    Long pairId = EngineContext.longVar(task, ProgramProcess.PAIR_ID);
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case ACQUAINTANCE -> {
        logMeeting(form, pairId, PairMeeting.Kind.ACQUAINTANCE, actor);
        recordGrowth(form, programId, pairId, false, actor);
      }
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
        recordGrowth(form, programId, pairId, true, actor);
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
