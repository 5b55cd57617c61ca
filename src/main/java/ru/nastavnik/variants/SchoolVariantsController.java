package ru.nastavnik.variants;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.CurrentUser;

/** {@code POST /api/admin/schools/{code}/redeploy}: re-reads the school's folder and deploys what changed. */
@RestController
public class SchoolVariantsController {

  private final TenantDeployer deployer;
  private final SchoolRepository schools;
  private final CurrentUser currentUser;

  public SchoolVariantsController(TenantDeployer deployer, SchoolRepository schools, CurrentUser currentUser) {
    this.deployer = deployer;
    this.schools = schools;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/admin/schools/{code}/redeploy")
  public TenantDeployer.Result redeploy(@PathVariable String code) {
    if (!currentUser.isAdmin()) {
      throw UserFacingException.forbidden("Переразвернуть схемы школы может только администратор (группа camunda-admin).");
    }
    if (schools.findByCode(code).isEmpty()) {
      throw UserFacingException.notFound("Школа «" + code + "» не найдена.");
    }
    if (!deployer.hasVariants(code)) {
      throw UserFacingException.notFound("У школы «" + code + "» нет собственных схем в " + deployer.source(code) + ".");
    }
    return deployer.deploy(code);
  }
}
