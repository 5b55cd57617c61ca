package ru.nastavnik.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The documents feature on its own: its beans, every repository and entity of the application, and a
 * clock the tests set. The whole application context (with the engine) is not needed here.
 */
@Configuration
@ComponentScan(basePackages = "ru.nastavnik.documents")
@EntityScan("ru.nastavnik")
@EnableJpaRepositories("ru.nastavnik")
public class DocumentsTestConfig {

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
