package ru.nastavnik.e2e;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.nastavnik.postgres.PostgresServer;

/**
 * The same whole demo program as {@link DemoProgramEndToEndTest}, on a real PostgreSQL server
 * with an empty database: Flyway and Camunda create their schemas, then every role works its
 * tasks through the API and the domain records the same results as on H2.
 */
@Tag("own-jvm")
class PostgresDemoProgramEndToEndTest extends DemoProgramEndToEndTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresServer.get().newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
  }
}
