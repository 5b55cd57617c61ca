package ru.nastavnik.program;

/** Keys, element ids and variable names of the program and its six stage processes. */
public final class ProgramProcess {

  private ProgramProcess() {}

  public static final String KEY = "mentoring-program";

  public static final String STAGE_PREPARATION = "stage-preparation";
  public static final String STAGE_MENTEE_BASE = "stage-mentee-base";
  public static final String STAGE_MENTOR_SELECTION = "stage-mentor-selection";
  public static final String STAGE_PAIRS = "stage-pairs";
  public static final String STAGE_PAIR_WORK = "stage-pair-work";
  public static final String STAGE_COMPLETION = "stage-completion";
  public static final String PAIR = "mentoring-pair";
  public static final String MENTEE_SUPPORT = "mentee-support";

  /** Call activities of the program, in order. */
  public static final String CALL_PREPARATION = "CallActivity_Preparation";
  public static final String CALL_MENTEE_BASE = "CallActivity_MenteeBase";
  public static final String CALL_MENTOR_SELECTION = "CallActivity_MentorSelection";
  public static final String CALL_PAIRS = "CallActivity_Pairs";
  public static final String CALL_PAIR_WORK = "CallActivity_PairWork";
  public static final String CALL_COMPLETION = "CallActivity_Completion";
  public static final String END = "EndEvent_ProgramCompleted";

  // variables
  public static final String SCHOOL_CODE = "schoolCode";
  public static final String ACADEMIC_YEAR = "academicYear";
  public static final String PROGRAM_ID = "programId";
  public static final String PAIR_ID = "pairId";
  public static final String MENTEE_ID = "menteeId";
  public static final String DECISION = "decision";

  /** Stage I. */
  public static final class Preparation {
    public static final String ISSUE_ORDER = "Task_IssueOrganisationOrder";
    public static final String APPOINT_CURATOR = "Task_AppointCurator";
    public static final String SIGN_CURATOR_ORDER = "Task_SignCuratorOrder";
    public static final String CHOOSE_FORMS = "Task_ChooseForms";
    public static final String INFORM_STAFF = "Task_InformStaff";
    private Preparation() {}
  }

  /** Stage II. */
  public static final class MenteeBase {
    public static final String SELECT_MENTEES = "Task_SelectMentees";
    public static final String RECORD_CONSENTS = "Task_RecordMenteeConsents";
    public static final String APPROVE_BASE = "Task_ApproveMenteeBase";
    public static final String MENTEES_IN_BASE = "menteesInBase";
    private MenteeBase() {}
  }

  /** Stage III. */
  public static final class MentorSelection {
    public static final String SELECT_CANDIDATES = "Task_SelectMentorCandidates";
    public static final String INTERVIEW = "Task_InterviewCandidate";
    public static final String COUNT_SELECTED = "ServiceTask_CountSelectedMentors";
    public static final String RECORD_TRAINING = "Task_RecordTraining";
    public static final String APPOINT_MENTORS = "Task_AppointMentors";
    public static final String CANDIDATE_ID = "candidateId";
    public static final String SELECTED_MENTORS = "selectedMentors";
    private MentorSelection() {}
  }

  /** Stage IV. */
  public static final class Pairs {
    public static final String PROPOSE = "ServiceTask_ProposePairs";
    public static final String FORM_PAIRS = "Task_FormPairs";
    public static final String CONFIRM_CONSENTS = "Task_ConfirmPairConsents";
    public static final String APPROVE_PAIRS = "Task_ApprovePairs";
    public static final String START_SUPPORT = "ServiceTask_StartMenteeSupport";
    public static final String UNPAIRED_MENTEES = "unpairedMentees";
    /** The pairs on the curator's form (Json rows: menteeId, mentorId, interactionForm). */
    public static final String ROWS = "pairs";
    /** The curator asks to run the matching again for the mentees left over. */
    public static final String RERUN = "rerunMatching";
    /** Pairs kept as they are in a re-run (Json rows). */
    public static final String LOCKED = "lockedPairs";
    private Pairs() {}
  }

  /** Support of a mentee left without a pair (stage IV exception path). */
  public static final class Support {
    public static final String SUPPORT = "Task_SupportMentee";
    public static final String CONTINUE_SEARCH = "Task_ContinueSearch";
    public static final String APPROVE_PAIR = "Task_ApproveAdditionalPair";
    public static final String FIX_PAIR = "ServiceTask_FixAdditionalPair";
    public static final String WAIT = "Timer_SearchAgain";
    private Support() {}
  }

  /** Stage V and the per-pair process. */
  public static final class PairWork {
    public static final String PAIRS = "CallActivity_PairWork";
    public static final String MID_YEAR_MONITORING = "Task_MidYearMonitoring";
    public static final String CURATOR_FEEDBACK = "CallActivity_CuratorFeedback";
    public static final String ACQUAINTANCE = "Task_AcquaintanceMeeting";
    public static final String TRIAL = "Task_TrialMeeting";
    public static final String DRAFT_PLAN = "Task_DraftPlan";
    public static final String AGREE_PLAN = "Task_AgreePlan";
    public static final String APPROVE_PLAN = "Task_ApprovePlan";
    public static final String LOG_MEETING = "Task_LogMeeting";
    public static final String NO_MEETINGS = "Timer_NoMeetings";
    public static final String CHECK_PAIR = "Task_CheckInactivePair";
    public static final String FINAL_MEETING = "Task_FinalMeeting";
    public static final String MENTOR_REPORT = "Task_MentorReport";
    public static final String WORK_FINISHED = "workFinished";
    public static final String ROUTE_MAP = "ServiceTask_GenerateRouteMap";
    public static final String FEEDBACK = "CallActivity_CheckpointFeedback";
    public static final String REPORT_DOCUMENT = "ServiceTask_GenerateMentorReport";
    public static final String END_EARLY = "ServiceTask_EndPairEarly";
    /** Message that ends a working pair early (its start event subprocess «Досрочное завершение»). */
    public static final String MESSAGE_ENDED_EARLY = "pair-ended-early";
    /** The reason of an early end (free text: history dropped). */
    public static final String END_REASON = "uiEndReason";
    private PairWork() {}
  }

  /** Stage VI. */
  public static final class Completion {
    public static final String SCORE = "Task_ScoreEffectiveness";
    public static final String LEVEL = "BusinessRuleTask_EffectivenessLevel";
    public static final String RECORD_SCORE = "ServiceTask_RecordEffectiveness";
    public static final String FINAL_EVENT = "Task_HoldFinalEvent";
    public static final String NOMINATE = "Task_NominateBestMentors";
    public static final String LONG_TERM_BASE = "Task_UpdateLongTermBase";
    public static final String AWARD_ORDER = "Task_SignAwardOrder";
    public static final String RESULTS_ORDER = "Task_SignResultsOrder";
    /** One «Наставник года» diploma per nominated mentor (multi-instance, a job each). */
    public static final String DIPLOMAS = "ServiceTask_GenerateDiplomas";
    /** One «Лучшая пара» diploma per member of a nominated pair (multi-instance, a job each). */
    public static final String PAIR_DIPLOMAS = "ServiceTask_GeneratePairDiplomas";
    /** One participant's certificate per mentor whose pair worked (multi-instance, a job each). */
    public static final String CERTIFICATES = "ServiceTask_GenerateCertificates";
    /** The curator sums up each pair: goals reached (yes, partly, no) and a comment. */
    public static final String SUM_UP_PAIRS = "Task_SumUpPairs";
    /** Rows of the summing-up form (a dynamic list; a view variable, dropped once stored). */
    public static final String OUTCOME_ROWS = "uiPairOutcomes";
    /** Rows of the best practices on the final event's form (a view variable, dropped once stored). */
    public static final String PRACTICE_ROWS = "uiPractices";
    /** Nominees of «Наставник года» (mentors' staff ids) and of «Лучшая пара» (pairs' ids) on the form. */
    public static final String MENTORS_OF_THE_YEAR = "mentorOfTheYearIds";
    public static final String BEST_PAIRS = "bestPairIds";
    /** The exit questionnaire to the program's mentees and mentors at the start of the stage. */
    public static final String EXIT_QUESTIONNAIRE = "CallActivity_ExitQuestionnaire";
    public static final String EXIT_COLLECTION_ID = "exitQuestionnaireCollectionId";
    public static final String TOTAL = "effectivenessTotal";
    public static final String SCORES = "effectivenessScores";
    public static final String LEVEL_VAR = "effectivenessLevel";
    public static final String DECISION_KEY = "effectiveness-level";
    private Completion() {}
  }
}
