package ru.nastavnik.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import ru.nastavnik.security.CurrentUser;

/**
 * The documents feature on its own: its beans, every repository and entity of the application, a
 * clock the tests set, and a Camunda engine on the same data source and transaction manager — as the
 * Spring Boot starter wires it — so a document job's work and the job commit or roll back together.
 * The whole application context is not needed here. Deliberately not annotated {@code @Configuration}
 * (its {@code @Bean} methods work in lite mode): the application's own component scan, in other
 * features' {@code @SpringBootTest}s, must not pick it up.
 */
@ComponentScan(basePackages = "ru.nastavnik.documents")
@EntityScan("ru.nastavnik")
@EnableJpaRepositories("ru.nastavnik")
@Import({CurrentUser.class, ru.nastavnik.mentorship.MentorshipRecords.class, ru.nastavnik.program.ProgramRecordService.class,
    ru.nastavnik.monitoring.CompletionService.class, ru.nastavnik.monitoring.FinalEventMaterials.class})
public class DocumentsTestConfig {

  @Bean(destroyMethod = "close")
  ProcessEngine processEngine(DataSource dataSource, PlatformTransactionManager transactionManager,
      ApplicationContext context) {
    SpringProcessEngineConfiguration c = new SpringProcessEngineConfiguration();
    c.setProcessEngineName("documents-test");
    c.setDataSource(dataSource);
    c.setTransactionManager(transactionManager);
    c.setDatabaseSchemaUpdate("true");
    c.setJobExecutorActivate(false);
    c.setHistory("full");
    c.setEnforceHistoryTimeToLive(false);
    c.setMetricsEnabled(false);
    c.setApplicationContext(context);
    c.setExpressionManager(new SpringExpressionManager(context, null));
    return c.buildProcessEngine();
  }

  @Bean
  IdentityService identityService(ProcessEngine engine) {
    return engine.getIdentityService();
  }

  @Bean
  RuntimeService runtimeService(ProcessEngine engine) {
    return engine.getRuntimeService();
  }

  @Bean
  TaskService taskService(ProcessEngine engine) {
    return engine.getTaskService();
  }

  @Bean
  ManagementService managementService(ProcessEngine engine) {
    return engine.getManagementService();
  }

  @Bean
  RepositoryService repositoryService(ProcessEngine engine) {
    return engine.getRepositoryService();
  }

  @Bean
  MutableClock clock() {
    return new MutableClock(LocalDate.of(2025, 8, 15));
  }

  /** A clock fixed at a day the test chooses (Moscow time). */
  public static final class MutableClock extends Clock {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private volatile Instant now;

    MutableClock(LocalDate day) {
      set(day);
    }

    public void set(LocalDate day) {
      now = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
