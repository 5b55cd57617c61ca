package ru.nastavnik.questionnaire;

/** Key, element ids and variables of {@code processes/questionnaire-collection.bpmn} «Сбор анкет». */
public final class QuestionnaireProcess {

  public static final String KEY = "questionnaire-collection";

  public static final String OPEN = "ServiceTask_OpenCollection";
  public static final String ANY_RESPONDENTS = "Gateway_AnyRespondents";
  public static final String NO_RESPONDENTS = "EndEvent_NoRespondents";
  public static final String COLLECT = "SubProcess_CollectAnswers";
  public static final String FILL = "Task_FillQuestionnaire";
  public static final String ALL_ANSWERED = "EndEvent_AllAnswered";
  public static final String REMINDER = "StartEvent_ReminderDue";
  public static final String SEND_REMINDERS = "ServiceTask_SendReminders";
  public static final String REVIEW = "Task_ReviewCollection";
  public static final String DEADLINE = "Timer_Deadline";
  public static final String EXTENDED = "BoundaryEvent_DeadlineExtended";
  public static final String EXTEND = "ServiceTask_ExtendDeadline";
  public static final String CLOSE = "ServiceTask_CloseCollection";
  public static final String AGGREGATE = "ServiceTask_AggregateAnswers";
  public static final String END = "EndEvent_AnswersCollected";

  /** Message that extends the deadline (variable {@link #NEW_DEADLINE}). */
  public static final String MESSAGE_EXTEND = "questionnaire-deadline-extended";

  // inputs (a caller passes either COLLECTION_ID or TEMPLATE_CODE + RESPONDENT_IDS + DEADLINE_VAR)
  public static final String COLLECTION_ID = "collectionId";
  public static final String TEMPLATE_CODE = "templateCode";
  /** Staff ids as a JSON array (Spin {@code S("[1,2]")}) or text "1,2": never a serialised Java list. */
  public static final String RESPONDENT_IDS = "respondentIds";
  /** A date, an ISO date or date-time, or an ISO duration from now ("P7D"). */
  public static final String DEADLINE_VAR = "deadline";
  // set by the process
  public static final String REMINDER_AT = "reminderAt";
  public static final String RESPONDENT_COUNT = "respondentCount";
  public static final String RESPONDENT_ID = "respondentId";
  public static final String ANSWERED_COUNT = "answeredCount";
  public static final String NEW_DEADLINE = "newDeadline";
  /** The curator's choice on the review form: "extend" or "keep". */
  public static final String EXTEND_DECISION = "extendDecision";

  private QuestionnaireProcess() {}
}
