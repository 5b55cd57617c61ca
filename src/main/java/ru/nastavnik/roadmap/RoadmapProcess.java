package ru.nastavnik.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.nastavnik.program.ProgramProcess;

/** Keys, element ids, messages and variable names of the annual roadmap and of one roadmap row. */
public final class RoadmapProcess {

  private RoadmapProcess() {}

  public static final String KEY = "annual-roadmap";
  public static final String ROW_KEY = "roadmap-row";

  // annual-roadmap
  public static final String START_ROWS = "ServiceTask_StartRows";
  public static final String REVIEW = "Task_ReviewRoadmap";
  public static final String EDIT = "Task_EditRoadmap";
  public static final String ROW_CLOSED_CATCH = "Catch_RowClosed";
  public static final String CHECK_ROWS = "ServiceTask_CheckRows";
  public static final String COMPLETED = "EndEvent_RoadmapCompleted";

  // roadmap-row
  public static final String SCHEDULE = "ServiceTask_ScheduleRow";
  public static final String WAIT_WINDOW = "Timer_WindowOpens";
  public static final String WAIT_PERIOD_END = "Timer_PeriodEnds";
  public static final String WORK = "SubProcess_WorkOnRow";
  public static final String ROW_TASK = "Task_CompleteRow";
  public static final String PROGRESS_TIMER = "Timer_ProgressDue";
  public static final String PROGRESS_TASK = "Task_NoteProgress";
  public static final String REMIND = "ServiceTask_SendReminder";
  public static final String ESCALATE_DIRECTOR = "ServiceTask_EscalateToDirector";
  public static final String SECOND_PERIOD = "Timer_SecondPeriod";
  public static final String ESCALATE_ADMIN = "ServiceTask_EscalateToAdmin";
  public static final String CLOSE_BY_STAGE = "ServiceTask_CloseByStage";
  public static final String ROW_COMPLETED = "EndEvent_RowCompleted";
  public static final String PERIOD_OVER = "EndEvent_PeriodOver";
  public static final String CLOSED_BY_STAGE = "EndEvent_ClosedByStage";
  public static final String ROW_CANCELLED = "EndEvent_RowCancelled";

  // messages
  public static final String MSG_ROW_CLOSED = "RoadmapRowClosed";
  public static final String MSG_EDIT_REQUESTED = "RoadmapEditRequested";
  public static final String MSG_ROW_CHANGED = "RoadmapRowChanged";
  public static final String MSG_ROW_TRIGGERED = "RoadmapRowTriggered";
  public static final String MSG_STAGE_COMPLETED = "RoadmapStageCompleted";
  public static final String MSG_ROW_CANCELLED = "RoadmapRowCancelled";

  // variables of both processes
  public static final String SCHOOL_CODE = ProgramProcess.SCHOOL_CODE;
  public static final String ACADEMIC_YEAR = ProgramProcess.ACADEMIC_YEAR;
  public static final String ROADMAP_ID = "roadmapId";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String OPEN_ROWS = "openRows";
  public static final String REVIEW_DAYS = "reviewDays";
  public static final String ROW_ID = "rowId";
  // set by «Рассчитать сроки пункта»
  public static final String ROW_KIND = "rowKind";
  public static final String ROW_OPEN = "rowOpen";
  public static final String ROW_GROUP = "rowGroup";
  public static final String WINDOW_OPENS_AT = "windowOpensAt";
  public static final String ROW_DUE = "rowDue";
  public static final String ROW_FOLLOW_UP = "rowFollowUp";
  public static final String REMINDER_AT = "reminderAt";
  public static final String DIRECTOR_AT = "directorAt";
  public static final String ADMIN_AFTER_DAYS = "adminAfterDays";
  public static final String PROGRESS_EVERY = "progressEvery";
  public static final String PERIOD_ENDS_AT = "periodEndsAt";
  // set by the event that opens a trigger row, and by an edit
  public static final String ROW_TRIGGERED = "rowTriggered";
  public static final String TRIGGERED_AT = "triggeredAt";
  public static final String ROW_ASSIGNEE = "rowAssignee";

  /** Stages of the program a row may be linked to: call activity id → name. */
  public static final Map<String, String> STAGES = stages();

  private static Map<String, String> stages() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ProgramProcess.CALL_PREPARATION, "I. Подготовка условий для запуска программы");
    m.put(ProgramProcess.CALL_MENTEE_BASE, "II. Формирование базы наставляемых");
    m.put(ProgramProcess.CALL_MENTOR_SELECTION, "III. Отбор и обучение наставников");
    m.put(ProgramProcess.CALL_PAIRS, "IV. Формирование наставнических пар и групп");
    m.put(ProgramProcess.CALL_PAIR_WORK, "V. Организация работы наставнических пар и групп");
    m.put(ProgramProcess.CALL_COMPLETION, "VI. Завершение программы");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The call activity of a stage given by its call activity id or its stage process key, or null. */
  public static String stageActivity(String stage) {
    if (stage == null || stage.isBlank()) {
      return null;
    }
    String s = stage.trim();
    if (STAGES.containsKey(s)) {
      return s;
    }
    Map<String, String> byKey = Map.of(
        ProgramProcess.STAGE_PREPARATION, ProgramProcess.CALL_PREPARATION,
        ProgramProcess.STAGE_MENTEE_BASE, ProgramProcess.CALL_MENTEE_BASE,
        ProgramProcess.STAGE_MENTOR_SELECTION, ProgramProcess.CALL_MENTOR_SELECTION,
        ProgramProcess.STAGE_PAIRS, ProgramProcess.CALL_PAIRS,
        ProgramProcess.STAGE_PAIR_WORK, ProgramProcess.CALL_PAIR_WORK,
        ProgramProcess.STAGE_COMPLETION, ProgramProcess.CALL_COMPLETION);
    return byKey.get(s);
  }

  /** Business key of a school's roadmap (and of its rows' processes): distinct from the program's. */
  public static String businessKey(String schoolCode, String academicYear) {
    return "roadmap-" + schoolCode + "-" + academicYear;
  }
}
