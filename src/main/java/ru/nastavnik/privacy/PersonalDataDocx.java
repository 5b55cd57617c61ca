package ru.nastavnik.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The export as a Word document: one heading per section, a table per list, Russian labels. */
final class PersonalDataDocx {

  static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("about", "Оператор и основание"), Map.entry("person", "Сотрудник"),
      Map.entry("consents", "Согласия"), Map.entry("menteeProfiles", "База наставляемых"),
      Map.entry("mentorProfiles", "База наставников"), Map.entry("questionnaires", "Анкеты и собеседования"), Map.entry("pairs", "Наставнические пары и группы"),
      Map.entry("meetings", "Встречи пар"), Map.entry("records", "Документы программы, в которых упомянут сотрудник"),
      Map.entry("nominations", "Номинации"), Map.entry("pairOutcomes", "Итоги работы пар"),
      Map.entry("finalEvents", "Итоговые мероприятия, в материалах которых упомянут сотрудник"),
      Map.entry("bestPractices", "Лучшие практики"), Map.entry("documents", "Хранимые документы о сотруднике"), Map.entry("camunda", "Учётная запись и работа с задачами"),
      Map.entry("user", "Учётная запись"), Map.entry("groups", "Роли (группы)"), Map.entry("schools", "Школы"),
      Map.entry("tasks", "Задачи, которые выполнял сотрудник"), Map.entry("taskLinks", "Назначения задач"),
      Map.entry("comments", "Комментарии"), Map.entry("operations", "Действия в системе"),
      Map.entry("accessLog", "Кто получал сведения"), Map.entry("removalAct", "Акт об уничтожении персональных данных"));

  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("operator", "Оператор"), Map.entry("system", "Информационная система"), Map.entry("purpose", "Цель"),
      Map.entry("legalBasis", "Основание"), Map.entry("generatedAt", "Сформировано"), Map.entry("generatedBy", "Запросил"),
      Map.entry("staffId", "Номер"), Map.entry("lastName", "Фамилия"), Map.entry("firstName", "Имя"),
      Map.entry("middleName", "Отчество"), Map.entry("username", "Логин"), Map.entry("personKey", "Табельный номер"),
      Map.entry("position", "Должность"), Map.entry("subjects", "Предметы"), Map.entry("experienceYears", "Стаж, лет"),
      Map.entry("hiredOn", "Дата приёма"), Map.entry("qualificationCategory", "Категория"), Map.entry("email", "E-mail"),
      Map.entry("lineManager", "Руководитель"), Map.entry("roles", "Роли"), Map.entry("active", "Работает"),
      Map.entry("textVersion", "Версия текста"), Map.entry("givenOn", "Дано"), Map.entry("method", "Способ"),
      Map.entry("recordedBy", "Записал"), Map.entry("withdrawnOn", "Отозвано"), Map.entry("academicYear", "Учебный год"),
      Map.entry("category", "Категория"), Map.entry("status", "Статус"), Map.entry("requests", "Запросы"),
      Map.entry("wantsToMentor", "Хочет стать наставником"), Map.entry("capacity", "Мест"),
      Map.entry("rejectionReason", "Причина отказа"), Map.entry("certificateNumber", "Сертификат"),
      Map.entry("trainedOn", "Обучен"), Map.entry("longTerm", "Долгосрочная база"), Map.entry("pairId", "Пара"),
      Map.entry("role", "Роль"), Map.entry("mentor", "Наставник"), Map.entry("mentees", "Наставляемые"),
      Map.entry("form", "Форма"), Map.entry("createdAt", "Создана"), Map.entry("endedAt", "Завершена"),
      Map.entry("endReason", "Причина завершения"), Map.entry("kind", "Вид"), Map.entry("heldOn", "Дата"),
      Map.entry("topic", "Тема"), Map.entry("outcome", "Итог"), Map.entry("durationMinutes", "Минут"),
      Map.entry("title", "Название"), Map.entry("number", "Номер"), Map.entry("date", "Дата"),
      Map.entry("details", "Содержание"), Map.entry("id", "Логин"), Map.entry("task", "Задача"),
      Map.entry("process", "Процесс"), Map.entry("created", "Создана"), Map.entry("finished", "Завершена"),
      Map.entry("due", "Срок"), Map.entry("time", "Время"), Map.entry("type", "Тип"),
      Map.entry("operation", "Действие"), Map.entry("taskId", "Задача"), Map.entry("message", "Текст"),
      Map.entry("entity", "Объект"), Map.entry("property", "Свойство"), Map.entry("at", "Когда"),
      Map.entry("by", "Кто"), Map.entry("action", "Что"), Map.entry("performedAt", "Дата"),
      Map.entry("ground", "Основание"), Map.entry("assignee", "Исполнитель сейчас"),
      Map.entry("answers", "Ответы"), Map.entry("goals", "Цели достигнуты"), Map.entry("comment", "Комментарий"),
      Map.entry("recordedAt", "Записано"), Map.entry("format", "Формат"), Map.entry("materials", "Материалы"),
      Map.entry("author", "Автор"), Map.entry("description", "Описание"), Map.entry("documentId", "Документ"),
      Map.entry("reason", "Почему включён"));

  private PersonalDataDocx() {}

  static byte[] render(Map<String, Object> export) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = title.createRun();
      run.setBold(true);
      run.setFontSize(14);
      run.setText("Сведения о персональных данных, обрабатываемых в системе «Наставник»");
      for (Map.Entry<String, Object> section : export.entrySet()) {
        section(doc, section.getKey(), section.getValue(), 1);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void section(XWPFDocument doc, String key, Object value, int level) {
    XWPFParagraph heading = doc.createParagraph();
    XWPFRun h = heading.createRun();
    h.setBold(true);
    h.setFontSize(level == 1 ? 12 : 11);
    h.setText(SECTIONS.getOrDefault(key, FIELDS.getOrDefault(key, key)));
    if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
      doc.createParagraph().createRun().setText("Нет сведений.");
    } else if (value instanceof Map<?, ?> map && map.values().stream().anyMatch(v -> v instanceof Map || v instanceof List<?> l
        && !l.isEmpty() && l.get(0) instanceof Map)) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        section(doc, (String) e.getKey(), e.getValue(), level + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      XWPFTable table = doc.createTable(map.size(), 2);
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        XWPFTableRow row = table.getRow(i++);
        row.getCell(0).setText(FIELDS.getOrDefault((String) e.getKey(), (String) e.getKey()));
        row.getCell(1).setText(text(e.getValue()));
      }
    } else if (value instanceof List<?> list && list.get(0) instanceof Map) {
      List<String> columns = new ArrayList<>(((Map<String, Object>) list.get(0)).keySet());
      XWPFTable table = doc.createTable(list.size() + 1, columns.size());
      for (int c = 0; c < columns.size(); c++) {
        table.getRow(0).getCell(c).setText(FIELDS.getOrDefault(columns.get(c), columns.get(c)));
      }
      for (int r = 0; r < list.size(); r++) {
        Map<String, Object> item = (Map<String, Object>) list.get(r);
        for (int c = 0; c < columns.size(); c++) {
          table.getRow(r + 1).getCell(c).setText(text(item.get(columns.get(c))));
        }
      }
    } else {
      doc.createParagraph().createRun().setText(text(value));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Boolean b) {
      return b ? "да" : "нет";
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? "—" : String.join(", ", c.stream().map(PersonalDataDocx::text).toList());
    }
    if (value instanceof Map<?, ?> m) {
      return m.isEmpty() ? "—" : String.join("\n", m.entrySet().stream()
          .map(e -> e.getKey() + ": " + text(e.getValue())).toList());
    }
    return value.toString();
  }
}
