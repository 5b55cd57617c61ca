package ru.nastavnik.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import ru.nastavnik.staff.Role;

/**
 * A questionnaire template version as written in {@link QuestionnaireCatalogue}: the source of the
 * rows in {@code questionnaire_template} and of the generated Camunda Form {@link #formId()}.
 */
public record QuestionnaireSpec(String code, int version, String title, String purpose, Role respondentRole,
    String aboutLabel, List<QuestionSpec> questions) {

  /** The read-only field naming whom the answers are about (an interview's candidate), when there is one. */
  public static final String SUBJECT_FIELD = "uiSubject";

  /** One question; options for choice questions, labels of the scale's values for scales. */
  public record QuestionSpec(String code, String text, QuestionKind kind, boolean required, Integer scaleMin,
      Integer scaleMax, List<OptionSpec> options) {

    /** The Camunda Form field (and variable) that carries the answer: a view variable, never in history. */
    public String fieldKey() {
      return fieldKey(code);
    }

    public static String fieldKey(String questionCode) {
      return "ui" + questionCode.substring(0, 1).toUpperCase(Locale.ROOT) + questionCode.substring(1);
    }
  }

  public record OptionSpec(String value, String label) {}

  /** The id of the Camunda Form of this version: {@code questionnaire-<code>-v<version>}. */
  public String formId() {
    return formId(code, version);
  }

  public static String formId(String code, int version) {
    return "questionnaire-" + code + "-v" + version;
  }

  /** A digest of the content: a seeded version whose content changed must get a new version number. */
  public String fingerprint() {
    StringBuilder s = new StringBuilder(code).append('|').append(version).append('|').append(title).append('|')
        .append(purpose).append('|').append(respondentRole).append('|').append(aboutLabel);
    for (QuestionSpec q : questions) {
      s.append("\n").append(q.code()).append('|').append(q.text()).append('|').append(q.kind()).append('|')
          .append(q.required()).append('|').append(q.scaleMin()).append('|').append(q.scaleMax());
      for (OptionSpec o : q.options()) {
        s.append('|').append(o.value()).append('=').append(o.label());
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
