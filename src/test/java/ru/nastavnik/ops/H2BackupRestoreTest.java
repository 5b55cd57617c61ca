package ru.nastavnik.ops;

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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramService;

/**
 * Backup and restore of the H2 database as README's operations section describes it: an online
 * {@code SCRIPT TO} of the running application's database, {@code RUNSCRIPT FROM} into an empty
 * file database, and the restored copy holds the same domain rows and the same running program,
 * readable by a process engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class H2BackupRestoreTest {

  static final String[] TABLES = {"school", "staff_member", "mentoring_program", "program_record",
      "\"flyway_schema_history\"", "ACT_RE_PROCDEF", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER"};

  @Autowired DataSource dataSource;
  @Autowired ProgramService programs;
  @Autowired TaskService tasks;

  @TempDir Path dir;

  @Test
  void anOnlineScriptBackupRestoresIntoAnEmptyDatabaseWithTheProgramRunning() throws Exception {
    MentoringProgram program = programs.ofSchool("starica").stream().filter(p -> p.getAcademicYear().equals("2031/32"))
        .findFirst().orElseGet(() -> programs.start("starica", "2031/32"));
    long programTasks = tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).count();
    assertThat(programTasks).isPositive();

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

    // the restored database is a working Camunda database: the program waits at the same tasks
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("restored-backup");
    cfg.setJdbcUrl(restoredUrl);
    cfg.setJdbcUsername("sa");
    cfg.setJdbcPassword("");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    cfg.setJobExecutorActivate(false);
    ProcessEngine engine = cfg.buildProcessEngine();
    try {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).count())
          .isEqualTo(programTasks);
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
