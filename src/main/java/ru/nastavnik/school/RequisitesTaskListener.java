package ru.nastavnik.school;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.program.ProgramProcess;

/** «Заполнить реквизиты школы»: an order could not be generated; the director completes the School record. */
@Component("requisitesTasks")
public class RequisitesTaskListener extends StageTaskListener {

  private final SchoolService schools;

  public RequisitesTaskListener(SchoolService schools) {
    this.schools = schools;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    School s = schools.byCode((String) task.getVariable(ProgramProcess.SCHOOL_CODE));
    ViewOptions.text(task, "uiMissing", String.join(", ", missing(s)));
    ViewOptions.text(task, "uiFullName", nullToEmpty(s.getFullName()));
    ViewOptions.text(task, "uiShortName", nullToEmpty(s.getShortName()));
    ViewOptions.text(task, "uiHeadTitle", nullToEmpty(s.getHeadTitle()));
    ViewOptions.text(task, "uiHeadName", nullToEmpty(s.getHeadName()));
    ViewOptions.text(task, "uiAddress", nullToEmpty(s.getAddress()));
    ViewOptions.text(task, "uiLocality", nullToEmpty(s.getLocality()));
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    schools.updateRequisites((String) task.getVariable(ProgramProcess.SCHOOL_CODE),
        form.requiredText("uiFullName", "Полное наименование организации"),
        form.requiredText("uiShortName", "Сокращённое наименование"),
        form.requiredText("uiHeadTitle", "Должность руководителя"),
        form.requiredText("uiHeadName", "ФИО руководителя"),
        form.requiredText("uiAddress", "Адрес"),
        form.requiredText("uiLocality", "Место издания"));
  }

  static List<String> missing(School s) {
    List<String> missing = new ArrayList<>();
    if (blank(s.getFullName())) missing.add("полное наименование");
    if (blank(s.getShortName())) missing.add("сокращённое наименование");
    if (blank(s.getHeadTitle())) missing.add("должность руководителя");
    if (blank(s.getHeadName())) missing.add("ФИО руководителя");
    if (blank(s.getAddress())) missing.add("адрес");
    if (blank(s.getLocality())) missing.add("место издания");
    return missing;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
