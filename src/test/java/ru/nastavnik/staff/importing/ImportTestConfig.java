package ru.nastavnik.staff.importing;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The import's slice of the application for {@code @DataJpaTest}: the domain entities and
 * repositories, the import service and its properties; no process engine. A primary
 * {@code @Configuration} (so the test does not fall back to {@code NastavnikApplication} and its
 * engine) that is also a {@code @TestComponent} (so the application's component scan skips it).
 */
@Configuration
@TestComponent
@EntityScan(basePackages = "ru.nastavnik")
@EnableJpaRepositories(basePackages = "ru.nastavnik")
@EnableConfigurationProperties(StaffImportProperties.class)
@Import({StaffImportService.class, StaffImportCommitTest.AfterCommit.class})
class ImportTestConfig {
}
