package ru.nastavnik.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Collection;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Option lists for Camunda Form selects and checklists ({@code valuesKey}), set as task-local
 * view variables: they carry names, so they are kept out of history and vanish with the task.
 */
public final class ViewOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ViewOptions() {}

  public static <T> void set(DelegateTask task, String name, Collection<T> items,
      Function<T, Object> value, Function<T, String> label) {
    ArrayNode array = JSON.createArrayNode();
    for (T item : items) {
      array.addObject().put("value", String.valueOf(value.apply(item))).put("label", label.apply(item));
    }
    task.setVariableLocal(name, SpinValues.jsonValue(array.toString()).create());
  }

  /** A read-only text shown on the form (whom the task is about). */
  public static void text(DelegateTask task, String name, String text) {
    task.setVariableLocal(name, text);
  }
}
