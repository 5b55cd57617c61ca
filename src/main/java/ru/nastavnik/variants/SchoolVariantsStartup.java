package ru.nastavnik.variants;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;

/** At startup deploys the own diagrams of every school that exists (unchanged ones create nothing). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SchoolVariantsStartup implements ApplicationRunner {

  private final SchoolRepository schools;
  private final TenantDeployer deployer;

  public SchoolVariantsStartup(SchoolRepository schools, TenantDeployer deployer) {
    this.schools = schools;
    this.deployer = deployer;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (School school : schools.findAll()) {
      if (deployer.hasVariants(school.getCode())) {
        deployer.deploy(school.getCode());
      }
    }
  }
}
