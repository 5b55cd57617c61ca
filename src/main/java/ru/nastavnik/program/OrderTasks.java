package ru.nastavnik.program;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;

/**
 * A signing task after an order was generated ({@code generateDocument}): the form shows the
 * register number and a download link; the record takes the number from the register, never typed.
 */
public final class OrderTasks {

  private OrderTasks() {}

  /** {@code prefix}: the document kind's variable prefix, e.g. {@code orderPairs}. */
  public static void show(DelegateTask task, String prefix) {
    ViewOptions.text(task, "uiOrderNumber", String.valueOf(task.getVariable(prefix + "DocumentNumber")));
    ViewOptions.text(task, "uiDocumentId", String.valueOf(task.getVariable(prefix + "DocumentId")));
  }

  public static String number(DelegateTask task, String prefix) {
    Object number = task.getVariable(prefix + "DocumentNumber");
    if (number == null) {
      throw new UserFacingException("Приказ ещё не сформирован: дождитесь документа и обновите задачу.");
    }
    return number.toString();
  }

  public static LocalDate today() {
    return LocalDate.now();
  }
}
