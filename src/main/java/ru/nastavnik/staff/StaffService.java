package ru.nastavnik.staff;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.IdentitySyncService;

@Service
public class StaffService {

  private final StaffRepository staff;
  private final IdentitySyncService identity;

  public StaffService(StaffRepository staff, IdentitySyncService identity) {
    this.staff = staff;
    this.identity = identity;
  }

  @Transactional(readOnly = true)
  public StaffMember inSchool(String schoolCode, Long staffId) {
    return staff.findInSchool(schoolCode, staffId).orElseThrow(() -> new UserFacingException(
        "Сотрудник с номером " + staffId + " не найден в этой школе."));
  }

  @Transactional(readOnly = true)
  public List<StaffMember> ofSchool(String schoolCode) {
    return staff.findBySchool(schoolCode);
  }

  /** The school's working staff other than its head: whom the head appoints (curator, mentor). */
  @Transactional(readOnly = true)
  public List<StaffMember> appointable(String schoolCode) {
    return staff.findBySchool(schoolCode).stream().filter(StaffMember::isActive)
        .filter(s -> !s.hasRole(Role.DIRECTOR)).toList();
  }

  /** Adds a role (group membership follows at once). */
  @Transactional
  public void grantRole(StaffMember member, Role role) {
    if (member.getRoles().add(role)) {
      staff.save(member);
      identity.syncMember(member);
    }
  }
}
