package ru.nastavnik.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import ru.nastavnik.common.UserFacingException;

/** Reads the collection's inputs as callers pass them: ids as JSON or text, deadlines as dates, text or durations. */
final class ProcessInputs {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A deadline given as a date ends at 18:00 local time, as the working-day due dates do. */
  static final LocalTime DUE_TIME = LocalTime.of(18, 0);

  private ProcessInputs() {}

  static List<Long> ids(Object value) {
    List<Long> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    try {
      if (value instanceof Collection<?> c) {
        c.forEach(v -> ids.add(Long.valueOf(v.toString().trim())));
        return ids;
      }
      String s = value.toString().trim();
      if (s.startsWith("[")) {
        for (JsonNode n : JSON.readTree(s)) {
          ids.add(n.isNumber() ? n.asLong() : Long.valueOf(n.asText().trim()));
        }
      } else if (!s.isEmpty()) {
        for (String part : s.split("[,;\\s]+")) {
          if (!part.isBlank()) {
            ids.add(Long.valueOf(part));
          }
        }
      }
      return ids;
    } catch (NumberFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UserFacingException("Список респондентов не распознан: «" + value + "» (ожидаются номера сотрудников).");
    }
  }

  static Instant deadline(Object value, Instant now, ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    String s = value.toString().trim();
    try {
      if (s.startsWith("P")) {
        return now.plus(Duration.parse(s));
      }
      if (s.length() == 10) {
        return LocalDate.parse(s).atTime(DUE_TIME).atZone(zone).toInstant();
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(s).toInstant();
      }
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new UserFacingException("Срок «" + s + "» не распознан: укажите дату (ГГГГ-ММ-ДД) или дату и время.");
    }
  }
}
