package ru.nastavnik.staff.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Imports a school's staff from an XLSX or CSV file: all or nothing, idempotent by
 * (school, табельный номер). Reading and validating the file needs no database; checks against
 * stored staff and the writes run in one transaction that holds a lock on the school's row, so
 * two imports of one school never interleave. Usable from REST and from a Camunda task listener
 * (it joins the caller's transaction).
 */
@Service
public class StaffImportService {

  private static final Logger log = LoggerFactory.getLogger(StaffImportService.class);

  /** Roles the mentoring program assigns; an import adds them when listed but never removes them. */
  static final Set<Role> PROGRAM_ROLES = EnumSet.of(Role.MENTOR, Role.MENTEE);

  private final StaffImportProperties limits;
  private final StaffFileReader reader;
  private final EntityManager em;
  private final StaffRepository staff;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Set<String> reservedLogins;

  public StaffImportService(StaffImportProperties limits, EntityManager em, StaffRepository staff,
      ApplicationEventPublisher events, PlatformTransactionManager transactions,
      @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
    this.limits = limits;
    this.reader = new StaffFileReader(limits);
    this.em = em;
    this.staff = staff;
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    Set<String> reserved = new HashSet<>(List.of("admin", "administrator", "camunda", "demo", "root", "system",
        "guest"));
    reserved.add(adminId.toLowerCase(Locale.ROOT));
    this.reservedLogins = Set.copyOf(reserved);
  }

  /**
   * Imports a staff file for a school.
   *
   * @param schoolCode the school (tenant id); 404 if unknown
   * @param fileName the file's name, for the answer and the log only: the content decides the format
   * @param content the file as uploaded
   * @param importedBy the Camunda user id of who imports, for the log
   * @return the counts, or the errors when nothing was changed
   */
  public ImportResult importFile(String schoolCode, String fileName, byte[] content, String importedBy) {
    requireSchool(schoolCode);
    byte[] bytes = content == null ? new byte[0] : content;
    if (bytes.length > limits.maxBytes().toBytes()) {
      return tooLarge(fileName, bytes.length);
    }
    StaffFileReader.Parsed parsed;
    try {
      parsed = reader.read(bytes);
    } catch (ImportRejectedException e) {
      log.info("Staff import for school {} by {} refused: {}", schoolCode, importedBy, e.getMessage());
      return ImportResult.failed(fileName, null, 0, e.outcome(), List.of(ImportError.file(capitalize(e.getMessage()))),
          limits.maxListedErrors());
    }
    if (!parsed.errors.isEmpty()) {
      log.info("Staff import for school {} by {} refused: {} errors", schoolCode, importedBy, parsed.errors.size());
      return ImportResult.failed(fileName, parsed.format, parsed.rowCount, parsed.outcome, parsed.errors,
          limits.maxListedErrors());
    }
    try {
      return Objects.requireNonNull(tx.execute(status -> apply(schoolCode, fileName, parsed, importedBy)));
    } catch (PessimisticLockingFailureException e) {
      throw UserFacingException.conflict("Сейчас идёт другая загрузка списка сотрудников этой школы. "
          + "Дождитесь её окончания и загрузите файл ещё раз.");
    }
  }

  /** The refusal for a file over {@code nastavnik.import.max-bytes}, without reading it. */
  private ImportResult tooLarge(String fileName, long size) {
    return ImportResult.tooLarge(fileName, size, limits.maxBytes().toBytes());
  }

  /** The school's staff, sorted by name; 404 for an unknown school. */
  public List<StaffView> staffOf(String schoolCode) {
    requireSchool(schoolCode);
    return em.createQuery("select distinct s from StaffMember s left join fetch s.roles "
            + "where s.school.code = :code order by s.lastName, s.firstName, s.middleName, s.id",
            StaffMember.class)
        .setParameter("code", schoolCode).getResultList().stream().map(StaffView::of).toList();
  }

  public long maxBytes() {
    return limits.maxBytes().toBytes();
  }

  private void requireSchool(String schoolCode) {
    Long count = em.createQuery("select count(s) from School s where s.code = :code", Long.class)
        .setParameter("code", schoolCode).getSingleResult();
    if (count == 0) {
      throw UserFacingException.notFound("Школа с кодом «" + schoolCode + "» не найдена.");
    }
  }

  private ImportResult apply(String schoolCode, String fileName, StaffFileReader.Parsed parsed,
      String importedBy) {
    School school = em.createQuery("select s from School s where s.code = :code", School.class)
        .setParameter("code", schoolCode)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();

    Map<String, StaffMember> existing = new HashMap<>();
    for (StaffMember m : em.createQuery("select distinct s from StaffMember s left join fetch s.roles "
        + "where s.school = :school", StaffMember.class).setParameter("school", school).getResultList()) {
      existing.put(m.getPersonKey(), m);
    }
    Map<String, String> ownerOfLogin = new HashMap<>();
    for (Object[] u : em.createQuery("select s.username, s.school.code, s.personKey from StaffMember s",
        Object[].class).getResultList()) {
      ownerOfLogin.put(((String) u[0]).toLowerCase(Locale.ROOT), u[1] + "/" + u[2]);
    }
    Set<String> filePersonKeys = new HashSet<>();
    for (StaffRow r : parsed.rows) {
      filePersonKeys.add(r.personKey());
    }
    Map<String, StaffMember> emailOwners = new HashMap<>();
    for (StaffMember m : existing.values()) {
      if (m.getEmail() != null && !m.getEmail().isBlank() && !filePersonKeys.contains(m.getPersonKey())) {
        emailOwners.put(m.getEmail().toLowerCase(Locale.ROOT), m);
      }
    }

    List<ImportError> errors = new ArrayList<>();
    Set<String> taken = new HashSet<>(ownerOfLogin.keySet());
    taken.addAll(reservedLogins);
    for (StaffRow r : parsed.rows) {
      StaffMember current = existing.get(r.personKey());
      if (r.login() != null && !r.login().isEmpty()) {
        String login = r.login().toLowerCase(Locale.ROOT);
        if (current != null && !current.getUsername().equalsIgnoreCase(r.login())) {
          errors.add(new ImportError(r.rowNumber(), StaffColumn.LOGIN.title(), "у сотрудника с табельным номером «"
              + r.personKey() + "» уже есть логин «" + current.getUsername() + "»; логин при повторной загрузке "
              + "не меняется. Укажите «" + current.getUsername() + "» или оставьте ячейку пустой."));
        } else if (current == null && (reservedLogins.contains(login) || ownerOfLogin.containsKey(login))) {
          errors.add(new ImportError(r.rowNumber(), StaffColumn.LOGIN.title(), "логин «" + r.login()
              + "» уже занят (логины едины для всех школ). Укажите другой или оставьте ячейку пустой."));
        }
        taken.add(login);
      }
      if (r.email() != null && !r.email().isEmpty()) {
        StaffMember owner = emailOwners.get(r.email());
        if (owner != null && !owner.getPersonKey().equals(r.personKey())) {
          errors.add(new ImportError(r.rowNumber(), StaffColumn.EMAIL.title(), "адрес " + r.email()
              + " уже принадлежит сотруднику " + owner.fullName() + " (табельный номер «" + owner.getPersonKey()
              + "»). Если это тот же человек, укажите его табельный номер."));
        }
      }
    }
    if (!errors.isEmpty()) {
      return ImportResult.failed(fileName, parsed.format, parsed.rowCount, ImportResult.Outcome.INVALID_ROWS,
          errors, limits.maxListedErrors());
    }

    Set<StaffColumn> present = parsed.header.present();
    List<StaffMember> created = new ArrayList<>();
    int updated = 0;
    int unchanged = 0;
    for (StaffRow r : parsed.rows) {
      StaffMember member = existing.get(r.personKey());
      if (member == null) {
        String login = r.login() != null && !r.login().isEmpty() ? r.login() : uniqueLogin(r, taken);
        member = new StaffMember(school, r.personKey(), login, r.lastName(), r.firstName(), r.middleName(),
            r.position());
        change(member, r, present);
        created.add(member);
      } else if (change(member, r, present)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    try {
      staff.saveAll(created);
      em.flush();
    } catch (DataIntegrityViolationException e) {
      throw UserFacingException.conflict("Список сотрудников одновременно изменил другой пользователь "
          + "(или логин только что заняли в другой школе). Загрузите файл ещё раз.");
    }
    List<Long> createdIds = created.stream().map(StaffMember::getId).toList();
    events.publishEvent(new StaffImportedEvent(schoolCode, created.size(), updated, createdIds));
    log.info("Staff import for school {} by {} ({}, {} rows): {} created, {} updated, {} unchanged",
        schoolCode, importedBy, parsed.format, parsed.rowCount, created.size(), updated, unchanged);
    return ImportResult.imported(fileName, parsed.format, parsed.rowCount, created.size(), updated, unchanged,
        createdIds);
  }

  private String uniqueLogin(StaffRow r, Set<String> taken) {
    String base = Transliteration.loginBase(r.lastName(), r.firstName(), r.middleName());
    String login = base;
    for (int i = 2; taken.contains(login); i++) {
      login = base + i;
    }
    taken.add(login);
    return login;
  }

  /** Brings the member in line with the row; columns absent from the file leave their fields as they are. */
  static boolean change(StaffMember m, StaffRow r, Set<StaffColumn> present) {
    boolean changed = false;
    if (!Objects.equals(m.getLastName(), r.lastName())) {
      m.setLastName(r.lastName());
      changed = true;
    }
    if (!Objects.equals(m.getFirstName(), r.firstName())) {
      m.setFirstName(r.firstName());
      changed = true;
    }
    boolean middleGiven = present.contains(StaffColumn.MIDDLE_NAME) || present.contains(StaffColumn.FULL_NAME);
    if (middleGiven && !Objects.equals(m.getMiddleName(), r.middleName())) {
      m.setMiddleName(r.middleName());
      changed = true;
    }
    if (!Objects.equals(m.getPosition(), r.position())) {
      m.setPosition(r.position());
      changed = true;
    }
    String subjects = String.join("; ", r.subjects());
    if (!Objects.equals(emptyToNull(m.getSubjects()), emptyToNull(subjects))) {
      m.setSubjectList(r.subjects());
      changed = true;
    }
    if (m.getExperienceYears() != r.experienceYears()) {
      m.setExperienceYears(r.experienceYears());
      changed = true;
    }
    if (present.contains(StaffColumn.HIRED_ON) && !Objects.equals(m.getHiredOn(), r.hiredOn())) {
      m.setHiredOn(r.hiredOn());
      changed = true;
    }
    if (present.contains(StaffColumn.CATEGORY)
        && !Objects.equals(m.getQualificationCategory(), emptyToNull(r.category()))) {
      m.setQualificationCategory(emptyToNull(r.category()));
      changed = true;
    }
    if (present.contains(StaffColumn.EMAIL) && !Objects.equals(m.getEmail(), emptyToNull(r.email()))) {
      m.setEmail(emptyToNull(r.email()));
      changed = true;
    }
    if (r.roles() != null) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(r.roles());
      for (Role kept : PROGRAM_ROLES) {
        if (m.getRoles().contains(kept)) {
          roles.add(kept);
        }
      }
      if (!roles.equals(m.getRoles())) {
        m.setRoles(roles);
        changed = true;
      }
    }
    if (!m.isActive()) {
      m.setActive(true);
      changed = true;
    }
    return changed;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
