package ru.nastavnik.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import ru.nastavnik.common.UserFacingException;

/**
 * Reads a respondent's answers from the submitted form values (field key = {@code ui} + question
 * code) and checks each against its question: required answers present, options among the
 * question's own, scale values within the scale, texts within 4,000 characters. Any problem is a
 * Russian {@link UserFacingException} naming the question; nothing is stored then.
 */
public final class AnswerReader {

  public static final int MAX_TEXT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A checked answer: chosen option values, a scale value or a text. */
  public record Parsed(Question question, List<String> options, Integer number, String text) {}

  private AnswerReader() {}

  public static List<Parsed> read(QuestionnaireTemplate template, Function<String, Object> values) {
    List<Parsed> answers = new ArrayList<>();
    for (Question q : template.getQuestions()) {
      Object raw = values.apply(q.fieldKey());
      Parsed parsed = switch (q.getKind()) {
        case TEXT -> text(q, raw);
        case SINGLE -> single(q, raw);
        case MULTIPLE -> multiple(q, raw);
        case SCALE -> scale(q, raw);
      };
      if (parsed != null) {
        answers.add(parsed);
      } else if (q.isRequired()) {
        throw new UserFacingException("Ответьте на обязательный вопрос «" + q.getText() + "».");
      }
    }
    return answers;
  }

  private static Parsed text(Question q, Object raw) {
    String s = raw == null ? null : raw.toString().trim();
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.length() > MAX_TEXT) {
      throw new UserFacingException("Вопрос «" + q.getText() + "»: ответ длиннее " + MAX_TEXT + " символов ("
          + s.length() + ").");
    }
    return new Parsed(q, List.of(), null, s);
  }

  private static Parsed single(Question q, Object raw) {
    List<String> values = values(raw);
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new UserFacingException("Вопрос «" + q.getText() + "»: выберите один вариант, выбрано " + values.size() + ".");
    }
    checkOptions(q, values);
    return new Parsed(q, values, null, null);
  }

  private static Parsed multiple(Question q, Object raw) {
    List<String> values = values(raw);
    if (values.isEmpty()) {
      return null;
    }
    checkOptions(q, values);
    return new Parsed(q, values, null, null);
  }

  private static Parsed scale(Question q, Object raw) {
    List<String> values = values(raw);
    if (values.isEmpty()) {
      return null;
    }
    String s = values.get(0);
    int n;
    try {
      double d = Double.parseDouble(s);
      if (values.size() > 1 || d != Math.rint(d)) {
        throw new NumberFormatException();
      }
      n = (int) d;
    } catch (NumberFormatException e) {
      throw new UserFacingException("Вопрос «" + q.getText() + "»: «" + String.join(", ", values)
          + "» — не оценка по шкале от " + q.getScaleMin() + " до " + q.getScaleMax() + ".");
    }
    if (n < q.getScaleMin() || n > q.getScaleMax()) {
      throw new UserFacingException("Вопрос «" + q.getText() + "»: допустимы оценки от " + q.getScaleMin() + " до "
          + q.getScaleMax() + ", указано " + n + ".");
    }
    return new Parsed(q, List.of(), n, null);
  }

  private static void checkOptions(Question q, List<String> values) {
    for (String v : values) {
      if (q.option(v).isEmpty()) {
        throw new UserFacingException("Вопрос «" + q.getText() + "»: недопустимый вариант ответа «" + v + "».");
      }
    }
  }

  /** A value as Tasklist or the API sends it: text, number, JSON array (Spin or text) or a list. */
  static List<String> values(Object raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof Collection<?> c) {
      c.forEach(v -> add(out, v));
      return List.copyOf(out);
    }
    if (raw instanceof Number n) {
      add(out, n);
      return List.copyOf(out);
    }
    String s = raw.toString().trim();
    if (s.startsWith("[")) {
      try {
        JsonNode node = JSON.readTree(s);
        node.forEach(n -> add(out, n.isValueNode() ? n.asText() : n.toString()));
        return List.copyOf(out);
      } catch (Exception e) {
        throw new UserFacingException("Ответ «" + s + "» не удалось прочитать.");
      }
    }
    add(out, s);
    return List.copyOf(out);
  }

  private static void add(Set<String> out, Object v) {
    if (v == null) {
      return;
    }
    String s = v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        ? String.valueOf(n.longValue()) : v.toString().trim();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
