package ru.nastavnik.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Backup and restore of the H2 database as README's operations section describes it: an online
 * {@code SCRIPT TO} of the running application's database, {@code RUNSCRIPT FROM} into an empty
 * file database, and the restored copy holds the same domain and engine rows, readable by a
 * process engine (definitions, users and their passwords).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class H2BackupRestoreTest {

  static final String[] TABLES = {"school", "staff_member", "mentoring_program", "program_record",
      "\"flyway_schema_history\"", "ACT_RE_PROCDEF", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER"};

  @Autowired DataSource dataSource;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @TempDir Path dir;

  @Test
  void anOnlineScriptBackupRestoresIntoAnEmptyDatabase() throws Exception {
    // the shared test database as it is (starting a program here would disturb the end-to-end test)
    long definitions = repository.createProcessDefinitionQuery().count();
    long users = identity.createUserQuery().count();
    assertThat(definitions).isPositive();
    assertThat(users).isGreaterThan(40);

    Path backup = dir.resolve("nastavnik-backup.zip");
    Map<String, Long> before;
    try (Connection live = dataSource.getConnection()) {
      before = counts(live);
      live.createStatement().execute("SCRIPT TO '" + backup + "' COMPRESSION ZIP");
    }
    assertThat(backup).isNotEmptyFile();

    String restoredUrl = "jdbc:h2:file:" + dir.resolve("restored/nastavnik") + ";WRITE_DELAY=0";
    try (Connection restored = DriverManager.getConnection(restoredUrl, "sa", "")) {
      restored.createStatement().execute("RUNSCRIPT FROM '" + backup + "' COMPRESSION ZIP");
      assertThat(counts(restored)).isEqualTo(before);
    }

    // the restored database is a working Camunda database with the same definitions and users
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("restored-backup");
    cfg.setJdbcUrl(restoredUrl);
    cfg.setJdbcUsername("sa");
    cfg.setJdbcPassword("");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    cfg.setJobExecutorActivate(false);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    ProcessEngine engine = cfg.buildProcessEngine();
    try {
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
      assertThat(engine.getIdentityService().checkPassword("kurator", "Test#Pass2025")).isTrue();
    } finally {
      engine.close();
    }
  }

  private static Map<String, Long> counts(Connection c) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + table)) {
        r.next();
        counts.put(table, r.getLong(1));
      }
    }
    return counts;
  }
}
