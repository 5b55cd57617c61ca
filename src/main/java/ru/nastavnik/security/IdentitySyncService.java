package ru.nastavnik.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Keeps Camunda's identity in step with the domain, which is the source of truth: a school is a
 * tenant, a staff member a user, a role a group. Idempotent: run it after any change of staff.
 */
@Service
public class IdentitySyncService {

  private static final Logger log = LoggerFactory.getLogger(IdentitySyncService.class);
  private static final Set<String> ROLE_GROUPS =
      EnumSet.allOf(Role.class).stream().map(Role::groupId).collect(Collectors.toSet());

  private final IdentityService identity;
  private final StaffRepository staff;
  private final SchoolService schools;
  private final AuthorizationSetup authorizations;
  private final String initialPassword;
  private final SecureRandom random = new SecureRandom();

  public IdentitySyncService(IdentityService identity, StaffRepository staff, SchoolService schools,
      AuthorizationSetup authorizations,
      @Value("${nastavnik.demo.enabled:false}") boolean demo,
      @Value("${nastavnik.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.staff = staff;
    this.schools = schools;
    this.authorizations = authorizations;
    this.initialPassword = demo && !demoPassword.isBlank() ? demoPassword : null;
  }

  /** Role groups and the authorizations every school relies on. */
  public void ensureGroups() {
    EngineContext.asSystem(identity, this::createGroups);
  }

  private void createGroups() {
    for (Role role : Role.values()) {
      if (identity.createGroupQuery().groupId(role.groupId()).singleResult() == null) {
        Group group = identity.newGroup(role.groupId());
        group.setName(role.title());
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    }
    authorizations.ensure();
  }

  /** Writes Camunda's identity tables: not read-only (PostgreSQL refuses writes in a read-only transaction). */
  @Transactional
  public void syncSchool(String schoolCode) {
    EngineContext.asSystem(identity, () -> syncSchoolAsSystem(schoolCode));
  }

  private void syncSchoolAsSystem(String schoolCode) {
    createGroups();
    School school = schools.byCode(schoolCode);
    Tenant tenant = identity.createTenantQuery().tenantId(schoolCode).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(schoolCode);
    }
    tenant.setName(school.getShortName());
    identity.saveTenant(tenant);

    List<StaffMember> members = staff.findBySchool(schoolCode);
    for (StaffMember member : members) {
      if (member.isActive()) {
        syncUser(member);
      } else {
        deleteUser(member.getUsername());
      }
    }
    log.info("Учётные записи школы {} синхронизированы: {} сотрудников", schoolCode, members.size());
  }

  /** Brings one person's user, groups and school membership in line with the domain. */
  public void syncMember(StaffMember member) {
    EngineContext.asSystem(identity, () -> {
      if (member.isActive()) {
        syncUser(member);
      } else {
        deleteUser(member.getUsername());
      }
    });
  }

  private void syncUser(StaffMember member) {
    String userId = member.getUsername();
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
      user.setPassword(initialPassword != null ? initialPassword : randomPassword());
    }
    user.setFirstName(member.getFirstName());
    user.setLastName(member.getLastName());
    user.setEmail(member.getEmail());
    identity.saveUser(user);

    Set<String> wanted = member.getRoles().stream().map(Role::groupId).collect(Collectors.toSet());
    Set<String> current = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).filter(ROLE_GROUPS::contains).collect(Collectors.toCollection(HashSet::new));
    for (String group : wanted) {
      if (!current.contains(group)) {
        identity.createMembership(userId, group);
      }
    }
    for (String group : current) {
      if (!wanted.contains(group)) {
        identity.deleteMembership(userId, group);
      }
    }
    String tenantId = member.getSchool().getCode();
    if (identity.createTenantQuery().userMember(userId).tenantId(tenantId).count() == 0) {
      identity.createTenantUserMembership(tenantId, userId);
    }
  }

  /** A person who left (or withdrew consent) loses access at once. */
  public void removeUser(String userId) {
    EngineContext.asSystem(identity, () -> deleteUser(userId));
  }

  private void deleteUser(String userId) {
    if (identity.createUserQuery().userId(userId).count() > 0) {
      identity.deleteUser(userId);
    }
  }

  private String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder s = new StringBuilder("Nk#");
    for (int i = 0; i < 16; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.append("7a").toString();
  }
}
