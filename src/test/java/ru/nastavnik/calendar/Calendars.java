package ru.nastavnik.calendar;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;

/** Test fixtures: the calendar service over a stub school register, and stub Camunda scopes. */
final class Calendars {

  private Calendars() {}

  static WorkingCalendar service() {
    return service(CalendarProperties.defaults(), schools());
  }

  static WorkingCalendar service(CalendarProperties properties, SchoolRepository schools) {
    return new WorkingCalendar(schools, properties);
  }

  /** A register that knows these schools (code, calendar code, code, calendar code, …). */
  static SchoolRepository schools(String... codeAndCalendar) {
    Map<String, School> byCode = new HashMap<>();
    for (int i = 0; i < codeAndCalendar.length; i += 2) {
      School school = new School(codeAndCalendar[i], "Школа " + codeAndCalendar[i], "Полное название",
          "Краткое название", "Иванова И. И.", "Директор", "Адрес", "Населённый пункт");
      school.setCalendarCode(codeAndCalendar[i + 1]);
      byCode.put(codeAndCalendar[i], school);
    }
    return stub(SchoolRepository.class, Map.of("findByCode", args -> Optional.ofNullable(byCode.get(args[0]))));
  }

  interface Answer {
    Object answer(Object[] args);
  }

  /** An interface whose named methods answer as given; any other call fails the test. */
  static <T> T stub(Class<T> type, Map<String, Answer> answers) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          Answer answer = answers.get(method.getName());
          if (answer == null) {
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
          }
          return answer.answer(args);
        }));
  }
}
