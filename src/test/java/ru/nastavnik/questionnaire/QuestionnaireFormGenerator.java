package ru.nastavnik.questionnaire;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import ru.nastavnik.questionnaire.QuestionnaireSpec.OptionSpec;
import ru.nastavnik.questionnaire.QuestionnaireSpec.QuestionSpec;

/**
 * Writes the Camunda Form of every template version in {@link QuestionnaireCatalogue} to
 * {@code forms/questionnaire-<code>-v<version>.form}: one field per question, its key the question's
 * view variable ({@code ui} + code). Run after adding a version, then commit the files:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) ru.nastavnik.questionnaire.QuestionnaireFormGenerator
 * </pre>
 *
 * {@code QuestionnaireFormsTest} fails while a form file differs from what this writes.
 */
public final class QuestionnaireFormGenerator {

  static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuestionnaireFormGenerator() {}

  public static void main(String[] args) throws IOException {
    for (QuestionnaireSpec spec : QuestionnaireCatalogue.all()) {
      Path file = file(spec);
      Files.writeString(file, render(spec), StandardCharsets.UTF_8);
      System.out.println("written " + file);
    }
  }

  static Path file(QuestionnaireSpec spec) {
    return FORMS.resolve(spec.formId() + ".form");
  }

  static String render(QuestionnaireSpec spec) throws IOException {
    ObjectNode form = JSON.createObjectNode();
    ArrayNode components = form.putArray("components");
    components.addObject().put("type", "text")
        .put("text", "### " + spec.title() + "\n\n" + (spec.aboutLabel() == null
            ? "Ответьте, пожалуйста, на вопросы до срока, указанного в задаче. "
            : "Заполняется по итогам беседы. ")
            + "Ответы хранятся в программе наставничества школы и используются только для её целей.")
        .put("id", "Field_Intro");
    if (spec.aboutLabel() != null) {
      components.addObject().put("type", "textfield").put("key", QuestionnaireSpec.SUBJECT_FIELD)
          .put("label", spec.aboutLabel()).put("id", "Field_UiSubject").put("readonly", true);
    }
    for (QuestionSpec q : spec.questions()) {
      ObjectNode c = components.addObject();
      switch (q.kind()) {
        case TEXT -> c.put("type", "textarea");
        case SINGLE, SCALE -> c.put("type", "radio");
        case MULTIPLE -> c.put("type", "checklist");
      }
      c.put("key", q.fieldKey()).put("label", q.text())
          .put("id", "Field_" + q.code().substring(0, 1).toUpperCase(Locale.ROOT) + q.code().substring(1));
      if (q.kind() != QuestionKind.TEXT) {
        ArrayNode values = c.putArray("values");
        for (OptionSpec o : q.options()) {
          values.addObject().put("label", o.label()).put("value", o.value());
        }
      }
      ObjectNode validate = c.putObject("validate").put("required", q.required());
      if (q.kind() == QuestionKind.TEXT) {
        validate.put("maxLength", AnswerReader.MAX_TEXT);
      }
    }
    form.put("type", "default").put("id", spec.formId())
        .put("executionPlatform", "Camunda Platform").put("executionPlatformVersion", "7.24.0");
    form.putObject("exporter").put("name", "Nastavnik QuestionnaireFormGenerator").put("version", String.valueOf(spec.version()));
    form.put("schemaVersion", 16);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer).writeValueAsString(form) + "\n";
  }
}
