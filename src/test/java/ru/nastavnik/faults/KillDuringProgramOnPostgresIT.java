package ru.nastavnik.faults;

import java.util.List;
import ru.nastavnik.postgres.PostgresServer;

/**
 * The same kill -9 in the middle of the demo program as {@link KillDuringProgramIT}, with the
 * application on a real PostgreSQL server ({@link PostgresServer}: Debian's server under root,
 * zonky's embedded one otherwise) and an empty database: the acknowledged completion is committed
 * and the program continues from its next wait state after the restart.
 */
class KillDuringProgramOnPostgresIT extends KillDuringProgramIT {

  private String url;

  @Override
  protected List<String> appArgs() {
    if (url == null) {
      url = PostgresServer.get().newDatabase();
    }
    return List.of("--spring.profiles.active=demo", "--nastavnik.demo.password=" + DEMO_PASSWORD,
        "--nastavnik.demo.start-program=false", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--spring.datasource.driver-class-name=org.postgresql.Driver");
  }

  @Override
  protected String logName() {
    return "kill-nine-app-postgres.log";
  }
}
