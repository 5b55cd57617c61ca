package ru.nastavnik.staff.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.nastavnik.staff.Role;

/**
 * Validates the rows of a staff table one by one and then across rows (duplicates), collecting
 * every error with its row and column. Knows nothing of the database.
 */
final class StaffRowParser {

  static final int MAX_EXPERIENCE = 60;
  static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9]{2,64}");
  private static final Pattern NAME = Pattern.compile("\\p{L}+(?:[-' ’]\\p{L}+)*\\.?");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@(?:[\\p{L}0-9](?:[\\p{L}0-9-]{0,61}[\\p{L}0-9])?\\.)+[\\p{L}]{2,63}");
  private static final Pattern YEARS = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:лет|год|года|г\\.?)?");
  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  static final Map<String, String> CATEGORIES = new HashMap<>();
  static final Map<String, Role> ROLES = new HashMap<>();

  static {
    category("без категории", "нет", "не имеет", "б/к", "бк", "без кк");
    category("первая", "1", "i", "первая категория", "первая квалификационная категория", "1 категория", "1кк");
    category("высшая", "в", "высшая категория", "высшая квалификационная категория", "вкк");
    category("соответствие занимаемой должности", "сзд", "соответствие", "соответствует занимаемой должности",
        "соответствие должности");
    category("педагог-методист", "методист");
    category("педагог-наставник");
    role(Role.DIRECTOR, "директор", "руководитель", "заведующий", "заведующая", "руководитель организации");
    role(Role.DEPUTY, "заместитель", "заместитель директора", "зам директора", "зам. директора", "завуч",
        "заместитель директора по ур", "заместитель директора по учебной работе");
    role(Role.CURATOR, "куратор", "куратор наставничества", "куратор программы наставничества");
    role(Role.MENTOR, "наставник");
    role(Role.MENTEE, "наставляемый", "наставляемая");
    role(Role.PSYCHOLOGIST, "психолог", "педагог-психолог");
  }

  private static void category(String canonical, String... synonyms) {
    CATEGORIES.put(canonical, canonical);
    for (String s : synonyms) {
      CATEGORIES.put(s, canonical);
    }
  }

  private static void role(Role role, String... names) {
    ROLES.put(role.groupId(), role);
    ROLES.put(Texts.key(role.title()), role);
    for (String n : names) {
      ROLES.put(Texts.key(n), role);
    }
  }

  private final HeaderRow header;
  private final LocalDate latestHireDate = LocalDate.now().plusYears(1);
  private final List<ImportError> errors = new ArrayList<>();
  private final List<StaffRow> rows = new ArrayList<>();

  StaffRowParser(HeaderRow header) {
    this.header = header;
  }

  List<ImportError> errors() {
    return errors;
  }

  List<StaffRow> rows() {
    return rows;
  }

  void parseAll(List<RawTable.Row> raw) {
    for (RawTable.Row r : raw) {
      parse(r);
    }
    checkDuplicates();
    errors.sort((a, b) -> Integer.compare(a.row() == null ? 0 : a.row(), b.row() == null ? 0 : b.row()));
  }

  private void error(int row, StaffColumn column, String message) {
    errors.add(new ImportError(row, column == null ? null : column.title(), message));
  }

  private void parse(RawTable.Row raw) {
    int n = raw.number();
    List<String> c = raw.cells();
    int before = errors.size();

    for (int i = 0; i < c.size(); i++) {
      if (i >= header.width || (header.unknown.get(i) == null && !header.index.containsValue(i))) {
        if (!Texts.clean(c.get(i)).isEmpty()) {
          errors.add(new ImportError(n, "столбец " + Texts.columnLetter(i),
              "в столбце без заголовка есть данные («" + Texts.clean(c.get(i)) + "»). Дайте столбцу заголовок "
                  + "из шаблона или удалите данные."));
        }
      }
    }

    String personKey = header.cell(c, StaffColumn.PERSON_KEY);
    if (personKey.isEmpty()) {
      error(n, StaffColumn.PERSON_KEY, "не указан табельный номер: он нужен, чтобы при повторной загрузке "
          + "обновить того же сотрудника, а не создать нового.");
    } else if (personKey.length() > 64) {
      error(n, StaffColumn.PERSON_KEY, "табельный номер длиннее 64 символов.");
    }

    String last;
    String first;
    String middle;
    if (header.has(StaffColumn.FULL_NAME)) {
      String full = header.cell(c, StaffColumn.FULL_NAME);
      String[] parts = full.isEmpty() ? new String[0] : full.split(" ");
      if (parts.length < 2) {
        error(n, StaffColumn.FULL_NAME, full.isEmpty() ? "не указаны фамилия, имя и отчество."
            : "в ФИО «" + full + "» должны быть хотя бы фамилия и имя.");
      }
      last = parts.length > 0 ? parts[0] : "";
      first = parts.length > 1 ? parts[1] : "";
      middle = parts.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : "";
      if (parts.length >= 2) {
        checkName(n, StaffColumn.FULL_NAME, last, "фамилии");
        checkName(n, StaffColumn.FULL_NAME, first, "имени");
        if (!middle.isEmpty()) {
          checkName(n, StaffColumn.FULL_NAME, middle, "отчестве");
        }
      }
    } else {
      last = header.cell(c, StaffColumn.LAST_NAME);
      first = header.cell(c, StaffColumn.FIRST_NAME);
      middle = header.cell(c, StaffColumn.MIDDLE_NAME);
      if (last.isEmpty()) {
        error(n, StaffColumn.LAST_NAME, "не указана фамилия.");
      } else {
        checkName(n, StaffColumn.LAST_NAME, last, "фамилии");
      }
      if (first.isEmpty()) {
        error(n, StaffColumn.FIRST_NAME, "не указано имя.");
      } else {
        checkName(n, StaffColumn.FIRST_NAME, first, "имени");
      }
      if (!middle.isEmpty()) {
        checkName(n, StaffColumn.MIDDLE_NAME, middle, "отчестве");
      }
    }

    String position = header.cell(c, StaffColumn.POSITION);
    if (position.isEmpty()) {
      error(n, StaffColumn.POSITION, "не указана должность.");
    } else if (position.length() > 255) {
      error(n, StaffColumn.POSITION, "название должности длиннее 255 символов.");
    }

    List<String> subjects = new ArrayList<>();
    for (String s : Texts.splitList(header.cell(c, StaffColumn.SUBJECTS))) {
      Optional<String> canonical = SubjectCatalog.canonical(s);
      if (canonical.isPresent()) {
        if (!subjects.contains(canonical.get())) {
          subjects.add(canonical.get());
        }
      } else {
        error(n, StaffColumn.SUBJECTS, "неизвестный предмет «" + s + "»"
            + SubjectCatalog.suggestion(s).map(h -> ": возможно, имелся в виду «" + h + "»").orElse("")
            + ". Предметы берутся из справочника (лист «Справочник» в шаблоне); несколько предметов "
            + "разделяйте точкой с запятой.");
      }
    }
    if (String.join("; ", subjects).length() > 1000) {
      error(n, StaffColumn.SUBJECTS, "слишком длинный список предметов.");
    }

    int experience = parseExperience(n, header.cell(c, StaffColumn.EXPERIENCE));
    LocalDate hiredOn = header.has(StaffColumn.HIRED_ON) ? parseDate(n, header.cell(c, StaffColumn.HIRED_ON)) : null;

    String category = null;
    if (header.has(StaffColumn.CATEGORY)) {
      String written = header.cell(c, StaffColumn.CATEGORY);
      category = written.isEmpty() ? "" : CATEGORIES.get(Texts.key(written));
      if (category == null) {
        error(n, StaffColumn.CATEGORY, "неизвестная квалификационная категория «" + written + "». Допустимо: "
            + "без категории, первая, высшая, соответствие занимаемой должности, педагог-методист, "
            + "педагог-наставник.");
      }
    }

    String email = null;
    if (header.has(StaffColumn.EMAIL)) {
      email = header.cell(c, StaffColumn.EMAIL).toLowerCase(Locale.ROOT);
      if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
        error(n, StaffColumn.EMAIL, "адрес электронной почты «" + header.cell(c, StaffColumn.EMAIL)
            + "» записан неверно (пример: ivanova@school.ru).");
      }
    }

    String login = null;
    if (header.has(StaffColumn.LOGIN)) {
      login = header.cell(c, StaffColumn.LOGIN);
      if (!login.isEmpty() && !LOGIN.matcher(login).matches()) {
        error(n, StaffColumn.LOGIN, "логин «" + login + "» может состоять только из латинских букв и цифр "
            + "(от 2 до 64 символов). Оставьте ячейку пустой, и логин будет создан автоматически.");
      }
    }

    Set<Role> roles = null;
    if (header.has(StaffColumn.ROLES)) {
      roles = EnumSet.noneOf(Role.class);
      for (String r : Texts.splitList(header.cell(c, StaffColumn.ROLES))) {
        Role role = ROLES.get(Texts.key(r));
        if (role == null) {
          error(n, StaffColumn.ROLES, "неизвестная роль «" + r + "». Допустимо: директор, заместитель, куратор, "
              + "наставник, наставляемый, психолог.");
        } else {
          roles.add(role);
        }
      }
    }

    if (errors.size() == before) {
      rows.add(new StaffRow(n, personKey, last, first, middle.isEmpty() ? null : middle, position,
          List.copyOf(new LinkedHashSet<>(subjects)), experience, hiredOn, category, email, login, roles));
    }
  }

  private void checkName(int n, StaffColumn column, String value, String what) {
    if (value.length() > 100 || !NAME.matcher(value).matches()) {
      error(n, column, "в " + what + " «" + value + "» допустимы только буквы, дефис и апостроф.");
    }
  }

  private int parseExperience(int n, String written) {
    if (written.isEmpty()) {
      error(n, StaffColumn.EXPERIENCE, "не указан педагогический стаж (число полных лет, 0 — для начинающих).");
      return 0;
    }
    String w = written.replace('\u2212', '-');
    if (w.startsWith("-")) {
      error(n, StaffColumn.EXPERIENCE, "педагогический стаж не может быть отрицательным («" + written + "»).");
      return 0;
    }
    var m = YEARS.matcher(w.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      error(n, StaffColumn.EXPERIENCE, "педагогический стаж должен быть числом полных лет, а указано «"
          + written + "».");
      return 0;
    }
    BigDecimal years = new BigDecimal(m.group(1).replace(',', '.'));
    if (years.compareTo(BigDecimal.valueOf(MAX_EXPERIENCE)) > 0) {
      error(n, StaffColumn.EXPERIENCE, "педагогический стаж " + written + " лет больше " + MAX_EXPERIENCE
          + ": проверьте значение.");
      return 0;
    }
    return years.intValue();
  }

  private LocalDate parseDate(int n, String written) {
    if (written.isEmpty()) {
      return null;
    }
    LocalDate date;
    try {
      date = written.contains("-") ? LocalDate.parse(written.length() > 10 ? written.substring(0, 10) : written)
          : LocalDate.parse(written, RUSSIAN_DATE);
    } catch (DateTimeParseException e) {
      error(n, StaffColumn.HIRED_ON, "дата приёма «" + written + "» записана неверно: нужна дата вида 28.08.2025.");
      return null;
    }
    if (date.getYear() < 1950 || date.isAfter(latestHireDate)) {
      error(n, StaffColumn.HIRED_ON, "дата приёма " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
          + " вне допустимого диапазона (1950 год — год вперёд от сегодняшнего дня).");
      return null;
    }
    return date;
  }

  /** Same табельный номер, same e-mail, or same full name without an e-mail that tells the two apart. */
  private void checkDuplicates() {
    Map<String, StaffRow> byKey = new HashMap<>();
    Map<String, StaffRow> byEmail = new HashMap<>();
    Map<String, StaffRow> byName = new HashMap<>();
    Map<String, StaffRow> byLogin = new HashMap<>();
    List<StaffRow> unique = new ArrayList<>();
    for (StaffRow r : rows) {
      boolean dup = false;
      StaffRow other = byKey.putIfAbsent(Texts.key(r.personKey()), r);
      if (other != null) {
        error(r.rowNumber(), StaffColumn.PERSON_KEY, "табельный номер «" + r.personKey() + "» уже указан в строке "
            + other.rowNumber() + " (" + other.fullName() + "): один сотрудник — одна строка.");
        dup = true;
      }
      if (r.email() != null && !r.email().isEmpty()) {
        other = byEmail.putIfAbsent(r.email(), r);
        if (other != null && !dup) {
          error(r.rowNumber(), StaffColumn.EMAIL, "адрес " + r.email() + " уже указан в строке "
              + other.rowNumber() + " (" + other.fullName() + "): похоже, один человек записан дважды.");
          dup = true;
        }
      }
      String nameKey = Texts.key(r.fullName());
      other = byName.putIfAbsent(nameKey, r);
      if (other != null && !dup && (blank(r.email()) || blank(other.email()))) {
        error(r.rowNumber(), header.has(StaffColumn.FULL_NAME) ? StaffColumn.FULL_NAME : StaffColumn.LAST_NAME,
            r.fullName() + " уже указан(а) в строке " + other.rowNumber() + ". Если это один человек, оставьте "
                + "одну строку; если разные — укажите у обоих e-mail.");
        dup = true;
      }
      if (r.login() != null && !r.login().isEmpty()) {
        other = byLogin.putIfAbsent(r.login().toLowerCase(Locale.ROOT), r);
        if (other != null && !dup) {
          error(r.rowNumber(), StaffColumn.LOGIN, "логин «" + r.login() + "» уже указан в строке "
              + other.rowNumber() + " (" + other.fullName() + ").");
          dup = true;
        }
      }
      if (!dup) {
        unique.add(r);
      }
    }
    rows.clear();
    rows.addAll(unique);
  }

  private static boolean blank(String s) {
    return s == null || s.isEmpty();
  }
}
