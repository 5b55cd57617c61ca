package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.DATE;
import static ru.nastavnik.roadmap.RoadmapService.now;
import static ru.nastavnik.roadmap.RoadmapService.span;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.staff.Role;

/**
 * Adds, changes and excludes roadmap rows — from the REST API and from the roadmap form — with
 * every check made before anything changes: a window that ends before it starts or lies outside
 * the roadmap, a role the school does not have, a row already completed, a roadmap no longer
 * running. A change to a running row reaches its process: a new window, role or kind reschedules
 * it (its task is replaced, its assignee kept), a new wording renames its open task.
 */
@Service
public class RoadmapRowEditor {

  private static final int MAX_TERM_DAYS = 120;
  /** The form's «не связан с этапом». */
  static final String NO_STAGE = "NONE";

  private final RoadmapService service;
  private final RoadmapRowRepository rows;
  private final RoadmapSignals signals;

  public RoadmapRowEditor(RoadmapService service, RoadmapRowRepository rows, RoadmapSignals signals) {
    this.service = service;
    this.rows = rows;
    this.signals = signals;
  }

  /** The values a row would have after an edit, checked as a whole. */
  record Values(String number, String section, String action, String resultForm, String periodText, RowKind kind,
      LocalDate windowStart, LocalDate windowEnd, TriggerEvent trigger, Integer termDays, Role role, String stage) {

    static Values of(RoadmapRow r) {
      return new Values(r.getNumber(), r.getSection(), r.getAction(), r.getResultForm(), r.getPeriodText(),
          r.getKind(), r.getWindowStart(), r.getWindowEnd(), r.getTrigger(), r.getTermDays(), r.getRole(),
          r.getStage());
    }

    boolean reschedules(Values o) {
      return kind != o.kind || !Objects.equals(windowStart, o.windowStart) || !Objects.equals(windowEnd, o.windowEnd)
          || trigger != o.trigger || !Objects.equals(termDays, o.termDays) || role != o.role;
    }

    boolean renames(Values o) {
      return !Objects.equals(number, o.number) || !Objects.equals(action, o.action);
    }

    void applyTo(RoadmapRow r) {
      r.setNumber(number);
      r.setSection(section);
      r.setAction(action);
      r.setResultForm(resultForm);
      r.setPeriodText(periodText);
      r.setKind(kind);
      r.setWindow(windowStart, windowEnd);
      r.setTrigger(trigger);
      r.setTermDays(termDays);
      r.setRole(role);
      r.setStage(stage);
    }
  }

  // ---------------------------------------------------------------- REST

  @Transactional
  public RoadmapRow add(Roadmap roadmap, RowInput input, String actor) {
    requireRunning(roadmap);
    Values v = merge(null, input, null);
    check(roadmap, v, null, null);
    return create(roadmap, v, actor);
  }

  @Transactional
  public RoadmapRow update(Roadmap roadmap, Long rowId, RowInput input, String actor) {
    RoadmapRow row = inRoadmap(roadmap, rowId);
    requireOpen(row);
    Values before = Values.of(row);
    Values after = merge(before, input, row.getNumber());
    check(roadmap, after, before, row.getNumber());
    change(row, before, after, actor);
    return row;
  }

  @Transactional
  public RoadmapRow cancel(Roadmap roadmap, Long rowId, String actor) {
    RoadmapRow row = inRoadmap(roadmap, rowId);
    requireOpen(row);
    exclude(row, actor);
    return row;
  }

  // ---------------------------------------------------------------- the roadmap form

  /**
   * Applies the roadmap form's list: lines with a row id change (or, ticked «Исключить», exclude)
   * that row, lines without one add rows; unchanged lines are left alone, rows missing from the
   * list are kept. All lines are checked before any is applied.
   */
  @Transactional
  public int applyForm(Roadmap roadmap, List<JsonNode> lines, String actor) {
    requireRunning(roadmap);
    record Planned(RoadmapRow row, Values before, Values after, boolean exclude) {}
    List<Planned> plan = new ArrayList<>();
    int index = 0;
    for (JsonNode line : lines) {
      index++;
      String id = text(line, "rowId");
      boolean exclude = line.path("exclude").asBoolean(false);
      if (id == null) {
        if (exclude) {
          continue;
        }
        Values v = merge(null, input(line, index), null);
        check(roadmap, v, null, null);
        plan.add(new Planned(null, null, v, false));
        continue;
      }
      RoadmapRow row;
      try {
        row = inRoadmap(roadmap, Long.valueOf(id.replace(".0", "")));
      } catch (NumberFormatException e) {
        throw new UserFacingException("Строка " + index + ": неизвестный код пункта «" + id + "».");
      }
      Values before = Values.of(row);
      Values after = merge(before, input(line, index), row.getNumber());
      if (after.equals(before) && !exclude) {
        continue;
      }
      requireOpen(row);
      if (!exclude) {
        check(roadmap, after, before, row.getNumber());
      }
      plan.add(new Planned(row, before, after, exclude));
    }
    for (Planned p : plan) {
      if (p.row() == null) {
        create(roadmap, p.after(), actor);
      } else if (p.exclude()) {
        exclude(p.row(), actor);
      } else {
        change(p.row(), p.before(), p.after(), actor);
      }
    }
    return plan.size();
  }

  /** The rows as the form's dynamic list shows them. */
  static List<Map<String, Object>> formLines(List<RoadmapRow> all) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (RoadmapRow r : all) {
      Map<String, Object> m = new HashMap<>();
      m.put("rowId", String.valueOf(r.getId()));
      m.put("number", r.getNumber());
      m.put("action", r.getAction());
      m.put("resultForm", r.getResultForm() == null ? "" : r.getResultForm());
      m.put("kind", r.getKind().name());
      m.put("windowStart", r.getWindowStart() == null ? null : r.getWindowStart().toString());
      m.put("windowEnd", r.getWindowEnd() == null ? null : r.getWindowEnd().toString());
      m.put("trigger", r.getTrigger() == null ? null : r.getTrigger().name());
      m.put("termDays", r.getTermDays());
      m.put("role", r.getRole().groupId());
      m.put("stage", r.getStage() == null ? NO_STAGE : r.getStage());
      m.put("statusTitle", r.getStatus().title());
      m.put("exclude", false);
      lines.add(m);
    }
    return lines;
  }

  private static RowInput input(JsonNode line, int index) {
    return new RowInput(text(line, "number"), null, text(line, "action"), textOrEmpty(line, "resultForm"), null,
        text(line, "kind"), date(line, "windowStart", index), date(line, "windowEnd", index), text(line, "trigger"),
        line.hasNonNull("termDays") && !line.path("termDays").asText().isBlank()
            ? (int) line.path("termDays").asDouble() : null,
        text(line, "role"), textOrEmpty(line, "stage"));
  }

  private static String text(JsonNode line, String field) {
    JsonNode n = line.path(field);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    String s = n.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static String textOrEmpty(JsonNode line, String field) {
    JsonNode n = line.path(field);
    return n.isMissingNode() || n.isNull() ? "" : n.asText().trim();
  }

  private static LocalDate date(JsonNode line, String field, int index) {
    String s = text(line, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new UserFacingException("Строка " + index + ": дата «" + s + "» не распознана (ожидается ГГГГ-ММ-ДД).");
    }
  }

  // ---------------------------------------------------------------- checks

  private Values merge(Values base, RowInput in, String number) {
    String label = number == null ? (in.number() == null ? "Новый пункт" : "Пункт " + in.number()) : "Пункт " + number;
    RowKind kind = in.kind() == null ? (base == null ? null : base.kind()) : parse(RowKind.class, in.kind(), label,
        "вид срока (DATED — в установленные сроки, YEAR_ROUND — в течение года, TRIGGER — по событию)");
    TriggerEvent trigger = in.trigger() == null ? (base == null ? null : base.trigger())
        : parse(TriggerEvent.class, in.trigger(), label, "событие (STAFF_ARRIVED, EVENT_PLANNED, EVENT_FINISHED, ROADMAP_STARTED)");
    Role role = in.role() == null ? (base == null ? null : base.role()) : Role.byGroupId(in.role().trim())
        .orElseThrow(() -> new UserFacingException(label + ": неизвестная роль «" + in.role()
            + "» (director, deputy, curator, mentor, mentee, psychologist)."));
    String stage;
    if (in.stage() == null) {
      stage = base == null ? null : base.stage();
    } else if (in.stage().isBlank() || in.stage().trim().equalsIgnoreCase(NO_STAGE)) {
      stage = null;
    } else {
      stage = RoadmapProcess.stageActivity(in.stage());
      if (stage == null) {
        throw new UserFacingException(label + ": неизвестный этап программы «" + in.stage() + "».");
      }
    }
    return new Values(
        pick(in.number(), base == null ? null : base.number()),
        optional(in.section(), base == null ? null : base.section()),
        pick(in.action(), base == null ? null : base.action()),
        optional(in.resultForm(), base == null ? null : base.resultForm()),
        optional(in.periodText(), base == null ? null : base.periodText()),
        kind,
        in.windowStart() != null ? in.windowStart() : base == null ? null : base.windowStart(),
        in.windowEnd() != null ? in.windowEnd() : base == null ? null : base.windowEnd(),
        trigger,
        in.termDays() != null ? in.termDays() : base == null ? null : base.termDays(),
        role, stage);
  }

  private void check(Roadmap roadmap, Values v, Values before, String number) {
    String label = "Пункт " + (number != null ? number : v.number() != null ? v.number() : "(новый)");
    if (v.number() == null || v.number().length() > 16) {
      throw new UserFacingException(label + ": укажите номер пункта (до 16 знаков, например «2.12.»).");
    }
    if (v.action() == null) {
      throw new UserFacingException(label + ": укажите мероприятие.");
    }
    length(label, "мероприятие", v.action(), 2000);
    length(label, "форма представления результата", v.resultForm(), 1000);
    length(label, "сроки (как в документе)", v.periodText(), 255);
    length(label, "раздел", v.section(), 500);
    if (v.kind() == null) {
      throw new UserFacingException(label + ": укажите вид срока (в установленные сроки, в течение года или по событию).");
    }
    if (v.role() == null) {
      throw new UserFacingException(label + ": укажите ответственного.");
    }
    if (v.kind() == RowKind.TRIGGER) {
      if (v.trigger() == null) {
        throw new UserFacingException(label + ": укажите событие, с которого начинается пункт.");
      }
      if (v.termDays() != null && (v.termDays() < 1 || v.termDays() > MAX_TERM_DAYS)) {
        throw new UserFacingException(label + ": срок после события — от 1 до " + MAX_TERM_DAYS
            + " рабочих дней, указано " + v.termDays() + ".");
      }
    } else {
      if (v.windowStart() == null || v.windowEnd() == null) {
        throw new UserFacingException(label + ": укажите начало и окончание срока.");
      }
      if (v.windowEnd().isBefore(v.windowStart())) {
        throw new UserFacingException(label + ": срок заканчивается (" + DATE.format(v.windowEnd())
            + ") раньше, чем начинается (" + DATE.format(v.windowStart()) + ").");
      }
      LocalDate from = roadmap.getPeriodStart().minusMonths(RoadmapService.PREPARATION_MONTHS);
      if (v.windowStart().isBefore(from) || v.windowEnd().isAfter(roadmap.getPeriodEnd())) {
        throw new UserFacingException(label + ": срок " + span(v.windowStart(), v.windowEnd())
            + " выходит за рамки дорожной карты на " + roadmap.getAcademicYear() + " учебный год ("
            + span(from, roadmap.getPeriodEnd()) + ").");
      }
    }
    String school = roadmap.getSchool().getCode();
    if ((before == null || before.role() != v.role()) && !service.schoolHas(school, v.role())) {
      throw new UserFacingException(label + ": в школе «" + roadmap.getSchool().getShortName()
          + "» нет сотрудника с ролью «" + v.role().title() + "». Назначьте роль в списке сотрудников"
          + " или выберите другого ответственного.");
    }
  }

  private static void length(String label, String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new UserFacingException(label + ": поле «" + field + "» длиннее " + max + " знаков.");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String label, String what) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(label + ": неизвестное значение «" + value + "» в поле «" + what + "».");
    }
  }

  private static String pick(String value, String base) {
    return value != null && !value.isBlank() ? value.trim() : base;
  }

  private static String optional(String value, String base) {
    if (value == null) {
      return base;
    }
    return value.isBlank() ? null : value.trim();
  }

  private void requireRunning(Roadmap roadmap) {
    if (!roadmap.isRunning()) {
      throw UserFacingException.conflict("Дорожная карта на " + roadmap.getAcademicYear()
          + " учебный год уже завершена: пункты в ней не меняются.");
    }
  }

  private void requireOpen(RoadmapRow row) {
    if (row.getStatus().isClosed()) {
      String when = row.getCompletedAt() == null ? "" : " (" + DATE.format(row.getCompletedAt()
          .atZone(service.zone(row.getRoadmap().getSchool().getCode())).toLocalDate()) + ")";
      throw UserFacingException.conflict("Пункт " + row.getNumber() + " уже " + switch (row.getStatus()) {
        case DONE -> "выполнен" + when;
        case NOT_REQUIRED -> "закрыт: событие в периоде не наступило";
        default -> "исключён из дорожной карты";
      } + ": закрытый пункт не изменяется.");
    }
  }

  private RoadmapRow inRoadmap(Roadmap roadmap, Long rowId) {
    return rows.findInRoadmap(roadmap.getId(), rowId).orElseThrow(() -> UserFacingException.notFound(
        "Пункт с кодом " + rowId + " в дорожной карте на " + roadmap.getAcademicYear() + " учебный год не найден."));
  }

  // ---------------------------------------------------------------- changes

  private RoadmapRow create(Roadmap roadmap, Values v, String actor) {
    RoadmapRow row = new RoadmapRow(roadmap, rows.maxPosition(roadmap.getId()) + 1, "MANUAL");
    v.applyTo(row);
    row = rows.saveAndFlush(row);
    service.note(row, RoadmapNote.Kind.CHANGED, "Пункт добавлен.", actor);
    Map<String, Object> vars = new HashMap<>();
    if (row.getKind() == RowKind.TRIGGER && row.getTrigger() == TriggerEvent.ROADMAP_STARTED) {
      vars.put(RoadmapProcess.ROW_TRIGGERED, true);
      vars.put(RoadmapProcess.TRIGGERED_AT, java.util.Date.from(now()));
    }
    row.setProcessInstanceId(signals.startRow(row, vars));
    return row;
  }

  private void change(RoadmapRow row, Values before, Values after, String actor) {
    after.applyTo(row);
    rows.saveAndFlush(row);
    service.note(row, RoadmapNote.Kind.CHANGED, describe(before, after), actor);
    if (after.reschedules(before)) {
      Map<String, Object> vars = new HashMap<>();
      List<Task> open = signals.openTasks(row.getProcessInstanceId(), RoadmapProcess.ROW_TASK);
      vars.put(RoadmapProcess.ROW_ASSIGNEE, open.isEmpty() ? null : open.get(0).getAssignee());
      signals.correlate(row.getProcessInstanceId(), RoadmapProcess.MSG_ROW_CHANGED, vars);
    } else if (after.renames(before)) {
      for (String key : List.of(RoadmapProcess.ROW_TASK, RoadmapProcess.PROGRESS_TASK)) {
        for (Task task : signals.openTasks(row.getProcessInstanceId(), key)) {
          task.setName(RoadmapRowTasks.taskName(row, key));
          signals.onTask(task, tasks -> tasks.saveTask(task));
        }
      }
    }
  }

  private void exclude(RoadmapRow row, String actor) {
    row.cancel();
    rows.saveAndFlush(row);
    service.note(row, RoadmapNote.Kind.CANCELLED, "Пункт исключён из дорожной карты.", actor);
    signals.correlate(row.getProcessInstanceId(), RoadmapProcess.MSG_ROW_CANCELLED, Map.of());
  }

  private static String describe(Values b, Values a) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(b.number(), a.number())) {
      changes.add("номер: " + b.number() + " → " + a.number());
    }
    if (!Objects.equals(b.action(), a.action())) {
      changes.add("мероприятие");
    }
    if (!Objects.equals(b.resultForm(), a.resultForm())) {
      changes.add("форма результата");
    }
    if (b.kind() != a.kind()) {
      changes.add("вид срока: " + a.kind().title());
    }
    if (!Objects.equals(b.windowStart(), a.windowStart()) || !Objects.equals(b.windowEnd(), a.windowEnd())) {
      changes.add("сроки: " + (a.windowStart() == null ? "—" : span(a.windowStart(), a.windowEnd())));
    }
    if (b.trigger() != a.trigger() || !Objects.equals(b.termDays(), a.termDays())) {
      changes.add("событие и срок после него");
    }
    if (b.role() != a.role()) {
      changes.add("ответственный: " + a.role().title());
    }
    if (!Objects.equals(b.stage(), a.stage())) {
      changes.add("связанный этап: " + (a.stage() == null ? "нет" : RoadmapProcess.STAGES.get(a.stage())));
    }
    if (!Objects.equals(b.section(), a.section()) || !Objects.equals(b.periodText(), a.periodText())) {
      changes.add("оформление");
    }
    return "Пункт изменён: " + String.join("; ", changes) + ".";
  }
}
