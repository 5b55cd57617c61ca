package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.nastavnik.documents.DemoSchool.Demo;

/**
 * The same register tests on PostgreSQL (migration V20 with {@code bytea}, Hibernate validation,
 * {@code SELECT … FOR UPDATE} under 8 threads), plus every kind stored and read back. Runs where
 * {@code NASTAVNIK_TEST_POSTGRES_URL} (and optionally {@code _USER}, {@code _PASSWORD}) point to an
 * empty database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/docs}.
 */
@EnabledIfEnvironmentVariable(named = "NASTAVNIK_TEST_POSTGRES_URL", matches = ".+")
class PostgresDocumentsTest extends RegisterConcurrencyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> System.getenv("NASTAVNIK_TEST_POSTGRES_URL"));
    registry.add("spring.datasource.username", () -> env("NASTAVNIK_TEST_POSTGRES_USER", "postgres"));
    registry.add("spring.datasource.password", () -> env("NASTAVNIK_TEST_POSTGRES_PASSWORD", ""));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }

  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;

  @Test
  void everyKindIsStoredAndReadBack() {
    Demo demo = demoSchool.create();
    for (DocumentKind kind : DocumentKind.generated()) {
      GenerationRequest r = GenerationRequest.of(kind, demo.code(), demo.programId(), "pg-" + kind);
      if (kind.subject() == DocumentKind.Subject.PAIR) {
        r = r.forPair(demo.pairs().get(0).getId());
      } else if (kind.subject() == DocumentKind.Subject.PERSON) {
        r = r.forPerson(demo.mentors().get(0).getId());
      }
      GeneratedDocument d = documents.generate(r);
      assertThat(documents.docx(d.id())).as(kind.name()).isEqualTo(d.docx());
      assertThat(DocxRead.text(documents.docx(d.id()))).as(kind.name()).doesNotContain("{{");
    }
    assertThat(documents.register(demo.code(), 2025)).hasSize(7);
  }
}
