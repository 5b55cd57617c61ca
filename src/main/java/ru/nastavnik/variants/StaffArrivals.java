package ru.nastavnik.variants;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;
import ru.nastavnik.staff.importing.StaffImportedEvent;

/**
 * «По мере появления новых сотрудников» (seed 000): every newcomer a staff import adds — a mentee,
 * or somebody without a role yet — is announced to the school's running program of the latest
 * year with the message {@value #MESSAGE} and the variable {@value #NEWCOMER_ID}. A school whose
 * diagram listens (iroso's event sub-process «Отбор наставника для нового сотрудника») selects a
 * mentor for that newcomer in an instance of its own; a program that does not listen ignores it.
 *
 * <p>As the listener {@code ${staffArrival}} on the event sub-process's start it checks the
 * newcomer and keeps {@value #NEWCOMER_ID} and {@value #NEWCOMER_NAME} local to that instance,
 * so the tasks name the person.
 *
 * <p>Most schools' diagrams do not listen: before anything is sent one query asks whether anything of
 * the school waits for {@value #MESSAGE} (a message subscription of that name in the school's tenant);
 * without one an import sends nothing, however many people it adds. The messages sent are counted in
 * {@value #SENT_METRIC} ({@code /actuator/metrics}).
 */
@Component("staffArrival")
public class StaffArrivals implements ExecutionListener {

  public static final String MESSAGE = "staff-arrived";
  public static final String NEWCOMER_ID = "newcomerId";
  public static final String NEWCOMER_NAME = "newcomerName";
  /** Micrometer counter: the {@value #MESSAGE} messages sent to programs, one per newcomer. */
  public static final String SENT_METRIC = "nastavnik.staff.arrivals.sent";

  private static final Logger LOG = LoggerFactory.getLogger(StaffArrivals.class);

  private final StaffRepository staff;
  private final ProgramRepository programs;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Counter sent;

  public StaffArrivals(StaffRepository staff, ProgramRepository programs, RuntimeService runtime,
      IdentityService identity, MeterRegistry meters) {
    this.staff = staff;
    this.programs = programs;
    this.runtime = runtime;
    this.identity = identity;
    this.sent = Counter.builder(SENT_METRIC)
        .description("Messages «" + MESSAGE + "» sent to schools' programs, one per newcomer").register(meters);
  }

  /** After the import is committed; a failure is logged and leaves the import as it is. */
  @TransactionalEventListener(fallbackExecution = true)
  public void staffImported(StaffImportedEvent event) {
    if (event.createdStaffIds().isEmpty()) {
      return;
    }
    try {
      announce(event.schoolCode(), event.createdStaffIds());
    } catch (RuntimeException e) {
      LOG.warn("Новые сотрудники школы {} не переданы программе наставничества: {}", event.schoolCode(),
          e.getMessage(), e);
    }
  }

  /** Sends {@value #MESSAGE} once per newcomer to the school's running program; returns how many started a selection. */
  public int announce(String schoolCode, List<Long> createdStaffIds) {
    Optional<MentoringProgram> program = programs.findBySchool(schoolCode).stream()
        .filter(p -> p.getStatus() == MentoringProgram.Status.RUNNING)
        .max(Comparator.comparing(MentoringProgram::getAcademicYear));
    if (program.isEmpty() || !listens(schoolCode)) {
      return 0;
    }
    int[] started = {0};
    for (Long id : createdStaffIds) {
      StaffMember member = staff.findInSchool(schoolCode, id).orElse(null);
      if (member == null || !isNewcomer(member)) {
        continue;
      }
      EngineContext.asSystem(identity, () -> started[0] += runtime.createMessageCorrelation(MESSAGE)
          .tenantId(schoolCode)
          .processInstanceBusinessKey(program.get().getBusinessKey())
          .setVariablesLocal(Map.of(NEWCOMER_ID, id))
          .correlateAllWithResult().size());
      sent.increment();
    }
    if (started[0] > 0) {
      LOG.info("Школа {}: отбор наставника запущен для новых сотрудников ({})", schoolCode, started[0]);
    }
    return started[0];
  }

  /**
   * Whether anything of the school waits for {@value #MESSAGE}: a running instance's event sub-process
   * (iroso) or a start event of the school's diagrams. One query, whatever the size of the import.
   */
  boolean listens(String schoolCode) {
    long[] subscriptions = {0};
    EngineContext.asSystem(identity, () -> subscriptions[0] = runtime.createEventSubscriptionQuery()
        .eventType("message").eventName(MESSAGE).tenantIdIn(schoolCode).count());
    boolean listens = subscriptions[0] > 0;
    if (!listens) {
      LOG.debug("Школа {}: программа не ожидает сообщения «{}», новые сотрудники не передаются", schoolCode, MESSAGE);
    }
    return listens;
  }

  /** A mentee, or a new employee the import gave no role yet: the people who need a mentor. */
  static boolean isNewcomer(StaffMember member) {
    return member.getRoles().isEmpty() || member.hasRole(Role.MENTEE);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object raw = execution.getVariable(NEWCOMER_ID);
    Long id = raw instanceof Number n ? Long.valueOf(n.longValue()) : parse(raw);
    String school = (String) execution.getVariable("schoolCode");
    StaffMember member = id == null || school == null ? null : staff.findInSchool(school, id).orElse(null);
    if (member == null) {
      throw new UserFacingException("Сообщение «" + MESSAGE + "» должно нести переменную " + NEWCOMER_ID
          + " — номер нового сотрудника этой школы в базе; получено: " + raw + ".");
    }
    execution.setVariableLocal(NEWCOMER_ID, id);
    execution.setVariableLocal(NEWCOMER_NAME, member.fullName());
    // the engine puts a start event's message variables on the process instance: keep them to this newcomer
    if (execution.getProcessInstance() != execution) {
      execution.getProcessInstance().removeVariableLocal(NEWCOMER_ID);
    }
  }

  private static Long parse(Object raw) {
    if (raw instanceof String s && !s.isBlank()) {
      try {
        return Long.valueOf(s.trim());
      } catch (NumberFormatException ignored) {
        return null;
      }
    }
    return null;
  }
}
