package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.staff.StaffRepository;

/**
 * Outside the demo profile there are no demo users or default passwords, and the application
 * refuses to start with a weak or missing administrator password.
 */
@Tag("own-jvm")
class StartupSafetyTest {

  static String[] production(String adminPassword) {
    return new String[] {"--spring.profiles.active=production",
        "--spring.datasource.url=jdbc:h2:mem:startup-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.admin-user.password=" + adminPassword};
  }

  @Test
  void weakOrMissingAdministratorPasswordsRefuseToStart() {
    for (String weak : new String[] {"", "admin", "password1", "Admin#2025x", "Nastavnik2025x"}) {
      assertThatThrownBy(() -> new SpringApplicationBuilder(NastavnikApplication.class).run(production(weak)))
          .as("password «%s»", weak)
          .satisfies(e -> assertThat(rootMessages(e)).contains("Пароль администратора «admin» отклонён"));
    }
  }

  @Test
  void withoutTheDemoProfileThereAreNoDemoUsers() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NastavnikApplication.class)
        .run(production("Strong#Root2025x"))) {
      assertThat(app.getEnvironment().getActiveProfiles()).containsExactly("production");
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
      assertThat(identity.checkPassword("admin", "Strong#Root2025x")).isTrue();
      assertThat(identity.createTenantQuery().count()).isZero();
      assertThat(app.getBean(StaffRepository.class).count()).isZero();
      assertThat(app.getEnvironment().getProperty("nastavnik.demo.enabled")).isEqualTo("false");
    }
  }

  private static String rootMessages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
