package benchmark.bare;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A bare Camunda 7 Spring Boot application, the load benchmark's baseline: Camunda's REST API and
 * webapps starters on a JDBC data source and nothing else — no Nastavnik code, no Flyway, no JPA,
 * no engine plugins. Its only bean is Camunda's documented HTTP Basic filter for {@code /engine-rest/*}.
 *
 * <p>Started by {@code TasklistLoadBenchmark} as a JVM of its own, on a classpath without the
 * application's classes and without those libraries (it refuses to start if any of them is
 * visible). Configuration comes from the command line ({@code --spring.datasource.url=…}); the
 * defaults below mirror the application's engine settings that decide the work of a request:
 * authorization and tenant checks on, full history, the same pool and job executor sizes.
 */
@SpringBootApplication(excludeName = {
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
    "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
    "org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration",
    "org.springframework.boot.autoconfigure.h2.H2ConsoleAutoConfiguration"})
public class BareCamundaApplication {

  /** Classes that must not be visible: the application, its migrations, JPA, Spin (an engine plugin). */
  static final List<String> ABSENT = List.of("ru.nastavnik.NastavnikApplication", "org.flywaydb.core.Flyway",
      "jakarta.persistence.EntityManager", "org.hibernate.Session", "org.camunda.spin.Spin",
      "org.camunda.spin.plugin.impl.SpinProcessEnginePlugin");

  public static void main(String[] args) {
    for (String name : ABSENT) {
      try {
        Class.forName(name, false, BareCamundaApplication.class.getClassLoader());
        throw new IllegalStateException("not a bare Camunda application: " + name + " is on the classpath");
      } catch (ClassNotFoundException expected) {
        // absent, as it must be
      }
    }
    SpringApplication app = new SpringApplication(BareCamundaApplication.class);
    app.setDefaultProperties(Map.ofEntries(
        // no application.yaml of anyone else's
        Map.entry("spring.config.name", "bare-camunda"),
        Map.entry("spring.datasource.hikari.maximum-pool-size", "30"),
        Map.entry("camunda.bpm.database.schema-update", "true"),
        Map.entry("camunda.bpm.authorization.enabled", "true"),
        Map.entry("camunda.bpm.authorization.tenant-check-enabled", "true"),
        Map.entry("camunda.bpm.history-level", "full"),
        Map.entry("camunda.bpm.auto-deployment-enabled", "false"),
        Map.entry("camunda.bpm.job-execution.enabled", "true"),
        Map.entry("camunda.bpm.job-execution.core-pool-size", "3"),
        Map.entry("camunda.bpm.job-execution.max-pool-size", "10"),
        Map.entry("camunda.bpm.webapp.index-redirect-enabled", "true")));
    app.run(args);
  }

  /** Camunda's own authentication for its REST API (as documented): HTTP Basic against the identity service. */
  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
