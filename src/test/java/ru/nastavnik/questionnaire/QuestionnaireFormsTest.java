package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nastavnik.questionnaire.QuestionnaireSpec.QuestionSpec;

/** The committed questionnaire forms are exactly what the generator writes from the catalogue. */
class QuestionnaireFormsTest {

  @Test
  void everyTemplateVersionHasItsGeneratedForm() throws Exception {
    for (QuestionnaireSpec spec : QuestionnaireCatalogue.all()) {
      var file = QuestionnaireFormGenerator.file(spec);
      assertThat(file).as("run QuestionnaireFormGenerator").exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is out of date: run QuestionnaireFormGenerator")
          .isEqualTo(QuestionnaireFormGenerator.render(spec));
    }
  }

  @Test
  void fieldKeysAreTheQuestionsViewVariables() throws Exception {
    for (QuestionnaireSpec spec : QuestionnaireCatalogue.all()) {
      JsonNode form = new ObjectMapper().readTree(QuestionnaireFormGenerator.file(spec).toFile());
      assertThat(form.path("id").asText()).isEqualTo(spec.formId());
      Set<String> keys = new HashSet<>();
      form.path("components").forEach(c -> {
        if (c.has("key")) {
          keys.add(c.path("key").asText());
        }
      });
      if (spec.aboutLabel() != null) {
        assertThat(keys.remove(QuestionnaireSpec.SUBJECT_FIELD)).as(spec.code() + " shows whom it is about").isTrue();
      }
      assertThat(keys).containsExactlyInAnyOrderElementsOf(spec.questions().stream().map(QuestionSpec::fieldKey).toList());
      assertThat(keys).allMatch(k -> k.matches("ui[A-Z]\\w*"));
    }
  }

  @Test
  void catalogueCodesAreUniqueAndEveryChoiceHasOptions() {
    Set<String> templates = new HashSet<>();
    for (QuestionnaireSpec spec : QuestionnaireCatalogue.all()) {
      assertThat(templates.add(spec.code() + "/" + spec.version())).isTrue();
      Set<String> codes = new HashSet<>();
      for (QuestionSpec q : spec.questions()) {
        assertThat(codes.add(q.code())).as(spec.code() + "." + q.code()).isTrue();
        if (q.kind() != QuestionKind.TEXT) {
          assertThat(q.options()).as(spec.code() + "." + q.code()).isNotEmpty();
        }
        assertThat(q.text()).matches(".*[А-Яа-яЁё].*");
      }
    }
    assertThat(templates).hasSize(8);
  }
}
