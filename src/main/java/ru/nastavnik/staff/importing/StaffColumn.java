package ru.nastavnik.staff.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a staff file: title as in the template, accepted variants, whether required. */
enum StaffColumn {
  PERSON_KEY("Табельный номер", true, "таб номер", "таб. номер", "таб. №", "таб №", "табельный №", "табельный"),
  LAST_NAME("Фамилия", true),
  FIRST_NAME("Имя", true),
  MIDDLE_NAME("Отчество", false),
  /** Alternative to the three name columns, as many school lists keep it. */
  FULL_NAME("ФИО", false, "ф.и.о.", "ф. и. о.", "ф.и.о", "фамилия имя отчество", "фамилия, имя, отчество"),
  POSITION("Должность", true, "занимаемая должность"),
  SUBJECTS("Предметы", true, "предмет", "преподаваемые предметы", "преподаваемый предмет", "учебные предметы"),
  EXPERIENCE("Педагогический стаж, лет", true, "педагогический стаж", "педагогический стаж (лет)",
      "пед. стаж", "пед. стаж, лет", "педстаж", "стаж", "стаж, лет", "стаж работы"),
  HIRED_ON("Дата приёма", false, "дата приёма на работу", "дата трудоустройства", "принят на работу"),
  CATEGORY("Квалификационная категория", false, "категория", "квалификация"),
  EMAIL("E-mail", false, "email", "e mail", "е-mail", "эл. почта", "эл почта", "электронная почта",
      "адрес электронной почты", "почта"),
  LOGIN("Логин", false, "login", "учётная запись", "имя пользователя"),
  ROLES("Роли", false, "роль", "роли в программе"),
  /** «№ п/п»: known and ignored. */
  ROW_NUMBER("№ п/п", false, "№", "n", "n п/п", "номер п/п", "п/п", "№п/п");

  private static final Map<String, StaffColumn> BY_KEY = new HashMap<>();

  static {
    for (StaffColumn c : values()) {
      BY_KEY.put(key(c.title), c);
      for (String a : c.aliases) {
        BY_KEY.put(key(a), c);
      }
    }
  }

  private final String title;
  private final boolean required;
  private final List<String> aliases;

  StaffColumn(String title, boolean required, String... aliases) {
    this.title = title;
    this.required = required;
    this.aliases = List.of(aliases);
  }

  String title() {
    return title;
  }

  boolean required() {
    return required;
  }

  /** Columns of the template, in its order. */
  static List<StaffColumn> templateColumns() {
    return List.of(PERSON_KEY, LAST_NAME, FIRST_NAME, MIDDLE_NAME, POSITION, SUBJECTS, EXPERIENCE, HIRED_ON,
        CATEGORY, EMAIL, LOGIN, ROLES);
  }

  static Optional<StaffColumn> byHeader(String header) {
    return Optional.ofNullable(BY_KEY.get(key(header)));
  }

  /** Case, «ё», required-marks («*»), trailing dots/colons and whitespace do not matter. */
  static String key(String header) {
    String k = Texts.key(header.replace("*", " "));
    while (!k.isEmpty() && (k.endsWith(".") || k.endsWith(":"))) {
      k = Texts.clean(k.substring(0, k.length() - 1));
    }
    return k;
  }
}
