package ru.nastavnik.staff.importing;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The import's slice of the application for {@code @DataJpaTest}: the domain entities and
 * repositories, the import service and its properties; no process engine.
 */
@TestConfiguration
@EntityScan(basePackages = "ru.nastavnik")
@EnableJpaRepositories(basePackages = "ru.nastavnik")
@EnableConfigurationProperties(StaffImportProperties.class)
@Import(StaffImportService.class)
class ImportTestConfig {
}
