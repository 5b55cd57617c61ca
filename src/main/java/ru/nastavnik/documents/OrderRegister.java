package ru.nastavnik.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.common.UserFacingException;

/**
 * The order register of a school: one counter row per (school, calendar year), locked with
 * {@code SELECT … FOR UPDATE} in the transaction that inserts the order. A second generation — on
 * another thread or another node — waits for the first to commit, so numbers are unique; a
 * generation that rolls back returns its number with it, so there are no gaps. Cancelled orders keep
 * their numbers.
 */
@Component
public class OrderRegister {

  private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)}");
  private static final Pattern NUMBER_TOKEN = Pattern.compile("\\{n+}");

  private final RegisterCounterRepository counters;
  private final DocumentSettingsRepository settings;
  private final DocumentsProperties properties;
  private final TransactionTemplate requiresNew;

  public OrderRegister(RegisterCounterRepository counters, DocumentSettingsRepository settings,
      DocumentsProperties properties, PlatformTransactionManager transactionManager) {
    this.counters = counters;
    this.settings = settings;
    this.properties = properties;
    this.requiresNew = new TransactionTemplate(transactionManager);
    this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    checkFormat(properties.numberFormat());
  }

  /**
   * Locks the register of the school and year until the caller's transaction ends, creating it on
   * first use (in its own short transaction: two first users race on the unique key, not on gaps).
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public RegisterCounter lock(Long schoolId, int year) {
    return counters.lock(schoolId, year).orElseGet(() -> {
      try {
        requiresNew.executeWithoutResult(s -> {
          if (counters.find(schoolId, year).isEmpty()) {
            counters.saveAndFlush(new RegisterCounter(schoolId, year));
          }
        });
      } catch (DataIntegrityViolationException concurrentlyCreated) {
        // another transaction created the row first: lock it below
      }
      return counters.lock(schoolId, year).orElseThrow();
    });
  }

  public String numberFormat(Long schoolId) {
    return settings.findById(schoolId).map(DocumentSettings::getNumberFormat).orElse(properties.numberFormat());
  }

  @Transactional
  public String setNumberFormat(Long schoolId, String format) {
    String f = format == null ? "" : format.trim();
    checkFormat(f);
    settings.findById(schoolId).ifPresentOrElse(s -> s.setNumberFormat(f),
        () -> settings.save(new DocumentSettings(schoolId, f)));
    return f;
  }

  /** {@code {n}-од} with 45 → «45-од»; {@code {nnn}} pads with zeros; {@code {yyyy}}, {@code {yy}} give the year. */
  public static String format(String format, int number, int year) {
    Matcher m = TOKEN.matcher(format);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String t = m.group(1);
      String value;
      if (t.chars().allMatch(c -> c == 'n')) {
        value = String.format("%0" + t.length() + "d", number);
      } else if (t.equals("yyyy")) {
        value = Integer.toString(year);
      } else if (t.equals("yy")) {
        value = String.format("%02d", year % 100);
      } else {
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static void checkFormat(String f) {
    if (f == null || f.isBlank() || f.length() > 40) {
      throw new UserFacingException("Формат номера приказа должен быть непустым и не длиннее 40 символов,"
          + " например {n}-од.");
    }
    Matcher n = NUMBER_TOKEN.matcher(f);
    int count = 0;
    while (n.find()) {
      count++;
    }
    if (count != 1) {
      throw new UserFacingException("Формат номера приказа «" + f + "» должен один раз содержать {n}"
          + " (порядковый номер), например {n}-од или {nnn}/{yyyy}.");
    }
    Matcher m = TOKEN.matcher(f);
    while (m.find()) {
      String t = m.group(1);
      if (!t.chars().allMatch(c -> c == 'n') && !t.equals("yyyy") && !t.equals("yy")) {
        throw new UserFacingException("В формате номера приказа неизвестная подстановка {" + t
            + "}: допустимы {n}, {nnn}, {yyyy}, {yy}.");
      }
    }
    if (f.chars().anyMatch(Character::isISOControl)) {
      throw new UserFacingException("Формат номера приказа содержит управляющие символы.");
    }
  }
}
