package ru.nastavnik.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.staff.Role;

/**
 * The authenticated caller of the application's own REST API (set by Camunda's
 * {@code ProcessEngineAuthenticationFilter} for {@code /api/*}, as for {@code /engine-rest/*}).
 * Domain tables are not covered by Camunda's tenant checks, so every read of school data goes
 * through {@link #requireSchool(String)}.
 */
@Component
public class CurrentUser {

  public static final String ADMIN_GROUP = "camunda-admin";

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Authentication authentication() {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new UserFacingException(401, "Требуется вход в систему.");
    }
    return auth;
  }

  public String userId() {
    return authentication().getUserId();
  }

  public boolean isAdmin() {
    List<String> groups = authentication().getGroupIds();
    return groups != null && groups.contains(ADMIN_GROUP);
  }

  public List<String> schoolCodes() {
    List<String> tenants = authentication().getTenantIds();
    return tenants == null ? List.of() : tenants;
  }

  /** Throws 403 unless the caller belongs to the school (tenant) or is an administrator. */
  public void requireSchool(String schoolCode) {
    if (!isAdmin() && !schoolCodes().contains(schoolCode)) {
      throw UserFacingException.forbidden("Нет доступа к данным этой школы.");
    }
  }

  /**
   * Throws 403 unless the caller belongs to the school and holds one of the roles there; an
   * administrator passes. {@code refusal} says who may do it, in the user's language.
   */
  public void requireSchoolRole(String schoolCode, String refusal, Role... roles) {
    requireSchool(schoolCode);
    if (isAdmin()) {
      return;
    }
    for (Role role : roles) {
      if (inGroup(role.groupId())) {
        return;
      }
    }
    throw UserFacingException.forbidden(refusal);
  }

  public boolean inGroup(String groupId) {
    List<String> groups = authentication().getGroupIds();
    return groups != null && groups.contains(groupId);
  }
}
