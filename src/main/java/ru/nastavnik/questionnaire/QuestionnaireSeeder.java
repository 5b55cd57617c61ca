package ru.nastavnik.questionnaire;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the catalogue's template versions that the database does not have yet. A stored version
 * is never changed: if the catalogue's content of a stored version differs, start-up stops and
 * asks for a new version number (answers given to the old one must keep their questions).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QuestionnaireSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(QuestionnaireSeeder.class);

  private final QuestionnaireTemplateRepository templates;

  public QuestionnaireSeeder(QuestionnaireTemplateRepository templates) {
    this.templates = templates;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int added = 0;
    for (QuestionnaireSpec spec : QuestionnaireCatalogue.all()) {
      var stored = templates.findVersion(spec.code(), spec.version());
      if (stored.isEmpty()) {
        templates.save(new QuestionnaireTemplate(spec));
        added++;
      } else if (!stored.get().getFingerprint().equals(spec.fingerprint())) {
        throw new IllegalStateException("Анкета «" + spec.code() + "», версия " + spec.version()
            + ", изменена после выпуска: ответы на неё уже могут быть. Оставьте эту версию как есть и добавьте"
            + " новую (версия " + (spec.version() + 1) + ") в QuestionnaireCatalogue.");
      }
    }
    if (added > 0) {
      log.info("Шаблоны анкет добавлены: {}", added);
    }
  }
}
