package ru.nastavnik.staff.importing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.UserFacingException;

/**
 * The curator's «Загрузить список сотрудников» task (process {@code staff-import}): the file chosen
 * in the embedded form arrives as the File variable {@value #FILE}; it goes through the same
 * all-or-nothing import as the REST upload. Any error — a bad row, a broken file, a file too large —
 * is thrown as a Russian message naming the rows and columns: Tasklist shows it, the transaction
 * rolls back, the task stays open and nothing is changed. On success the file variable is removed
 * and only the counts stay with the process.
 */
@Component("staffImportTasks")
public class StaffImportTaskListener implements TaskListener {

  /** The file of the form (a view variable: it never reaches history). */
  public static final String FILE = "uiStaffFile";
  public static final String CREATED = "staffCreated";
  public static final String UPDATED = "staffUpdated";
  public static final String UNCHANGED = "staffUnchanged";

  private final StaffImportService importer;

  public StaffImportTaskListener(StaffImportService importer) {
    this.importer = importer;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String school = task.getTenantId();
    if (school == null) {
      throw new UserFacingException("Загрузка не относится ни к одной школе: начните её заново из Tasklist под своей"
          + " учётной записью куратора (заместителя директора, директора) школы.");
    }
    TypedValue value = task.getExecution().getVariableTyped(FILE);
    if (!(value instanceof FileValue file) || file.getValue() == null) {
      throw new UserFacingException("Выберите файл со списком сотрудников (.xlsx или .csv) и нажмите «Завершить».");
    }
    byte[] bytes;
    try (var in = file.getValue()) {
      bytes = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new UserFacingException("Не удалось прочитать загруженный файл «" + file.getFilename() + "». Загрузите его ещё раз.");
    }
    String user = task.getAssignee();
    ImportResult result = importer.importFile(school, file.getFilename(), bytes, user).requireSuccess();
    task.getExecution().removeVariable(FILE);
    task.getExecution().setVariable(CREATED, result.created());
    task.getExecution().setVariable(UPDATED, result.updated());
    task.getExecution().setVariable(UNCHANGED, result.unchanged());
  }
}
