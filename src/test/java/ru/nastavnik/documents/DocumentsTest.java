package ru.nastavnik.documents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * JPA slice with the documents beans on an in-memory H2 migrated by Flyway (V1 + V20) and checked
 * by Hibernate ({@code ddl-auto=validate}). Tests commit for real (no test transaction): the
 * register's locks and the idempotency keys are what they test. Test classes share one context and
 * database, so each creates its own school.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = DocumentsTestConfig.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
    "spring.datasource.hikari.maximum-pool-size=24",
    "spring.jpa.hibernate.ddl-auto=validate",
    "spring.jpa.open-in-view=false",
    "nastavnik.documents.pdf.enabled=false",
    "nastavnik.documents.template-dir=target/test-templates"
})
public @interface DocumentsTest {}
