package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.nastavnik.common.UserFacingException;

class WorkingDaysTest {

  private final CalendarProperties properties = CalendarProperties.defaults();
  private final WorkingDays workingDays = new WorkingDays(
      Calendars.service(properties, Calendars.schools("SCH002", "RU", "SCH003", "KZ")), properties);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void now(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  private static Date at(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  private static DelegateExecution execution(String schoolCode, String tenantId) {
    Map<String, Calendars.Answer> answers = new HashMap<>();
    answers.put("getVariable", args -> WorkingDays.SCHOOL_CODE.equals(args[0]) ? schoolCode : null);
    answers.put("getTenantId", args -> tenantId);
    return Calendars.stub(DelegateExecution.class, answers);
  }

  @Test
  void seed003DiagnosticIsDueAtSixInTheEveningAlmatyTime() {
    now("2025-03-17T10:00:00+05:00");
    DelegateExecution execution = execution("SCH003", null);
    assertThat(workingDays.dueIn(execution, 5)).isEqualTo(at("2025-03-27T18:00:00+05:00"));
    assertThat(workingDays.calendarDaysDue(execution, 10)).isEqualTo(at("2025-03-27T18:00:00+05:00"));
  }

  @Test
  void russianSchoolsCountInMoscowTime() {
    now("2025-12-30T12:00:00+03:00");
    DelegateExecution execution = execution("SCH002", null);
    assertThat(workingDays.dueIn(execution, 1)).isEqualTo(at("2026-01-12T18:00:00+03:00"));
    assertThat(workingDays.dueIn(execution, 0)).isEqualTo(at("2025-12-30T18:00:00+03:00"));
    assertThat(workingDays.calendarDaysDue(execution, 10)).isEqualTo(at("2026-01-09T18:00:00+03:00"));
  }

  @Test
  void todayIsTheSchoolsLocalDate() {
    // Sunday 21:30 UTC is already Monday 00:30 in Moscow: Monday is the start day, not counted
    now("2025-10-12T21:30:00Z");
    assertThat(workingDays.dueIn(execution("SCH002", null), 1)).isEqualTo(at("2025-10-14T18:00:00+03:00"));
  }

  @Test
  void theSchoolIsTheTenantWhenTheVariableIsMissing() {
    now("2025-03-17T10:00:00+05:00");
    assertThat(workingDays.dueIn(execution(null, "SCH003"), 5)).isEqualTo(at("2025-03-27T18:00:00+05:00"));
    DelegateTask task = Calendars.stub(DelegateTask.class,
        Map.of("getVariable", args -> null, "getTenantId", args -> "SCH003"));
    assertThat(workingDays.dueIn(task, 5)).isEqualTo(at("2025-03-27T18:00:00+05:00"));
  }

  @Test
  void badInputIsRefusedInRussian() {
    assertThatThrownBy(() -> workingDays.dueIn(execution(null, null), 5))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("нет переменной «schoolCode»");
    assertThatThrownBy(() -> workingDays.dueIn(execution("SCH003", null), -1))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("отрицательным");
    assertThatThrownBy(() -> workingDays.calendarDaysDue(execution("NOPE", null), 10))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Школа с кодом «NOPE» не найдена.");
  }
}
