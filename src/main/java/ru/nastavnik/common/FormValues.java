package ru.nastavnik.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import ru.nastavnik.engine.ViewVariableHistoryFilter;

/**
 * Reads what a person submitted in a Camunda Form, with Russian messages for what is missing or
 * malformed. Values arrive as Tasklist sends them: strings, numbers, booleans, and Json (checklists,
 * dynamic lists) — empty fields arrive as null.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VariableScope scope;

  private FormValues(VariableScope scope) {
    this.scope = scope;
  }

  public static FormValues of(VariableScope scope) {
    return new FormValues(scope);
  }

  public String requiredText(String name, String label) {
    String value = text(name);
    if (value == null) {
      throw missing(label);
    }
    return value;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  public LocalDate requiredDate(String name, String label) {
    LocalDate date = date(name, label);
    if (date == null) {
      throw missing(label);
    }
    return date;
  }

  public LocalDate date(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return new java.sql.Date(d.getTime()).toLocalDate();
    }
    String s = value.toString().trim();
    try {
      return s.length() > 10 ? OffsetDateTime.parse(s).toLocalDate() : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new UserFacingException("Поле «" + label + "»: дата «" + s + "» не распознана (ожидается ГГГГ-ММ-ДД).");
    }
  }

  public Long requiredId(String name, String label) {
    Long id = id(name, label);
    if (id == null) {
      throw missing(label);
    }
    return id;
  }

  public Long id(String name, String label) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    try {
      return Long.valueOf(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
    } catch (NumberFormatException e) {
      throw new UserFacingException("Поле «" + label + "»: значение «" + s + "» не является идентификатором.");
    }
  }

  public int requiredInt(String name, String label, int min, int max) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw missing(label);
    }
    int n;
    try {
      n = value instanceof Number num ? num.intValue() : (int) Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new UserFacingException("Поле «" + label + "»: «" + value + "» не является числом.");
    }
    if (n < min || n > max) {
      throw new UserFacingException("Поле «" + label + "»: допустимы значения от " + min + " до " + max + ", указано " + n + ".");
    }
    return n;
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A choice among fixed values (radio/select); refuses anything else. */
  public String requiredChoice(String name, String label, Set<String> allowed) {
    String value = requiredText(name, label);
    if (!allowed.contains(value)) {
      throw new UserFacingException("Поле «" + label + "»: недопустимое значение «" + value + "».");
    }
    return value;
  }

  /** Checklist values (Json array or comma-separated string). */
  public List<String> list(String name) {
    Object value = scope.getVariable(name);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    JsonNode node = json(value);
    if (node != null && node.isArray()) {
      node.forEach(n -> result.add(n.isTextual() ? n.asText() : n.toString()));
    } else {
      for (String s : value.toString().split(",")) {
        if (!s.isBlank()) {
          result.add(s.trim());
        }
      }
    }
    return result;
  }

  public List<String> requiredList(String name, String label) {
    List<String> values = list(name);
    if (values.isEmpty()) {
      throw new UserFacingException("Отметьте хотя бы одно значение в поле «" + label + "».");
    }
    return values;
  }

  public List<Long> ids(String name, String label) {
    return list(name).stream().map(s -> {
      try {
        return Long.valueOf(s.replace("\"", ""));
      } catch (NumberFormatException e) {
        throw new UserFacingException("Поле «" + label + "»: значение «" + s + "» не является идентификатором.");
      }
    }).distinct().collect(Collectors.toList());
  }

  public List<Long> requiredIds(String name, String label) {
    List<Long> ids = ids(name, label);
    if (ids.isEmpty()) {
      throw new UserFacingException("Отметьте хотя бы одно значение в поле «" + label + "».");
    }
    return ids;
  }

  /** Rows of a dynamic list (Json array of objects). */
  public List<JsonNode> rows(String name) {
    Object value = scope.getVariable(name);
    List<JsonNode> rows = new ArrayList<>();
    JsonNode node = value == null ? null : json(value);
    if (node != null && node.isArray()) {
      node.forEach(rows::add);
    }
    return rows;
  }

  private static JsonNode json(Object value) {
    try {
      String s = value.toString().trim();
      return s.startsWith("[") || s.startsWith("{") ? JSON.readTree(s) : null;
    } catch (Exception e) {
      return null;
    }
  }

  public static UserFacingException missing(String label) {
    return new UserFacingException("Заполните обязательное поле «" + label + "».");
  }

  /**
   * Removes the view variables (names starting with "ui") once their content is in the domain
   * tables: option lists with names and free-text answers never stay in Camunda.
   */
  public static void dropViewVariables(DelegateTask task) {
    List<String> names = new ArrayList<>();
    for (String name : task.getExecution().getVariableNames()) {
      if (ViewVariableHistoryFilter.isViewVariable(name)) {
        names.add(name);
      }
    }
    task.getExecution().removeVariables(names);
  }
}
