package ru.nastavnik.staff.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dictionary of school subjects a staff file may name: the subjects of the federal standards
 * and programs (ФГОС НОО/ООО/СОО, ФОП 2023, with the 2024 names «Труд (технология)» and
 * «Основы безопасности и защиты Родины»), plus «Начальные классы» for primary-school teachers.
 * Matching ignores case, «ё»/«е», dots and extra spaces, and knows the usual short and old names
 * («Физкультура», «Английский язык», «ОБЖ», «Технология», «ИЗО»).
 */
public final class SubjectCatalog {

  private static final Pattern DOTS = Pattern.compile("[.]");
  private static final Pattern PAREN_SPACES = Pattern.compile("\\s*([()])\\s*");

  /** Canonical name → synonyms. Order is the order of the reference sheet in the template. */
  private static final Map<String, List<String>> SUBJECTS = new LinkedHashMap<>();
  private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

  static {
    add("Начальные классы", "начальная школа", "нач классы", "нач. классы", "учитель начальных классов",
        "начальное общее образование", "начальное обучение");
    add("Русский язык", "русский", "русский яз", "рус яз");
    add("Литературное чтение", "чтение");
    add("Литература", "русская литература");
    add("Родной язык", "родной (русский) язык", "родной русский язык");
    add("Литературное чтение на родном языке", "литературное чтение на родном (русском) языке");
    add("Родная литература", "родная (русская) литература", "родная русская литература");
    language("английский", "англ");
    language("немецкий", "нем");
    language("французский", "франц");
    language("испанский", "исп");
    language("китайский", "кит");
    add("Математика", "матем");
    add("Алгебра", "алгебра и начала анализа", "алгебра и начала математического анализа");
    add("Геометрия");
    add("Вероятность и статистика", "теория вероятностей и статистика", "статистика");
    add("Информатика", "информатика и икт", "икт", "информатика и информационно-коммуникационные технологии");
    add("Окружающий мир", "окруж мир");
    add("История", "история россии", "всеобщая история", "история россии всеобщая история");
    add("Обществознание", "общество");
    add("География");
    add("Физика");
    add("Химия");
    add("Биология");
    add("Естествознание");
    add("Астрономия");
    add("Основы религиозных культур и светской этики", "орксэ");
    add("Основы духовно-нравственной культуры народов России", "однкнр");
    add("Изобразительное искусство", "изо", "рисование");
    add("Музыка", "пение");
    add("Мировая художественная культура", "мхк", "искусство (мхк)");
    add("Труд (технология)", "технология", "труд", "трудовое обучение");
    add("Черчение");
    add("Физическая культура", "физкультура", "физ культура", "физ-ра", "физра", "адаптивная физическая культура");
    add("Основы безопасности и защиты Родины", "обзр", "обж", "основы безопасности жизнедеятельности");
    add("Экономика");
    add("Право");
    add("Экология");
    add("Финансовая грамотность", "основы финансовой грамотности");
    add("Индивидуальный проект", "проектная деятельность");
  }

  private SubjectCatalog() {}

  private static void language(String name, String shortName) {
    String canonical = "Иностранный язык (" + name + ")";
    String adjective = name.substring(0, name.length() - 2); // английск
    add(canonical, adjective + "ий язык", name, shortName + " яз", shortName + " язык",
        "иностранный язык (" + shortName + ")", "иностранный язык: " + name, "иностранный (" + name + ") язык",
        "иностранный язык " + name, "иностранный язык - " + name, "иностранный язык (" + adjective + "ий язык)");
  }

  private static void add(String canonical, String... synonyms) {
    SUBJECTS.put(canonical, List.of(synonyms));
    BY_KEY.put(key(canonical), canonical);
    for (String s : synonyms) {
      BY_KEY.put(key(s), canonical);
    }
  }

  static String key(String s) {
    String k = Texts.key(DOTS.matcher(Texts.clean(s)).replaceAll(" "));
    return Texts.clean(PAREN_SPACES.matcher(k).replaceAll(" $1 ")).replace("( ", "(").replace(" )", ")");
  }

  /** The canonical name of a subject as written in a staff file, if the dictionary knows it. */
  public static Optional<String> canonical(String written) {
    return Optional.ofNullable(BY_KEY.get(key(written)));
  }

  /** Every canonical subject name, in reference order. */
  public static List<String> subjects() {
    return List.copyOf(SUBJECTS.keySet());
  }

  /** Known synonyms of a canonical name. */
  public static List<String> synonyms(String canonical) {
    return SUBJECTS.getOrDefault(canonical, Collections.emptyList());
  }

  /** The closest canonical name for a misspelling («Матиматика» → «Математика»), if any is close. */
  public static Optional<String> suggestion(String written) {
    String k = key(written);
    if (k.equals("иностранный язык") || k.equals("ин яз") || k.equals("иняз")) {
      return Optional.of("Иностранный язык (английский)");
    }
    int limit = k.length() <= 5 ? 1 : k.length() <= 10 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : BY_KEY.entrySet()) {
      int d = Texts.levenshtein(k, e.getKey());
      if (d < bestDistance) {
        bestDistance = d;
        best = e.getValue();
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }
}
