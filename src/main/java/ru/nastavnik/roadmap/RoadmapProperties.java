package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import ru.nastavnik.common.UserFacingException;

/**
 * {@code nastavnik.roadmap.*}: the roadmap's periods, with per-school overrides under
 * {@code schools.<school code>} (school codes matched without regard to case).
 *
 * <pre>
 * nastavnik:
 *   roadmap:
 *     reminder-working-days: 3        # e-mail + follow-up date this many working days before the due day
 *     director-after-working-days: 1  # overdue this long → the director
 *     admin-after-working-days: 5     # and this long after that → the municipal administrator
 *     progress-note-days: 28          # «в течение года»: a progress note every four weeks
 *     trigger-working-days: 10        # default term of a row opened by an event
 *     late-start-working-days: 10     # a window already over when the roadmap starts
 *     review-working-days: 10         # the seeded roadmap is reviewed within
 *     row-sets: [SEED_002, SEED_000_TRIGGERS]
 *     mail-from: nastavnik@school.example
 *     app-url: https://nastavnik.example   # links in e-mails
 *     admin-emails: [uo@district.example]  # besides the e-mails of group camunda-admin
 *     schools:
 *       starica:
 *         reminder-working-days: 5
 *         admin-emails: [uo-starica@district.example]
 *       stepnoe:
 *         row-sets: [SEED_004]            # an empty list: a roadmap without seeded rows
 * </pre>
 */
@ConfigurationProperties("nastavnik.roadmap")
public record RoadmapProperties(
    Integer reminderWorkingDays,
    Integer directorAfterWorkingDays,
    Integer adminAfterWorkingDays,
    Integer progressNoteDays,
    Integer triggerWorkingDays,
    Integer lateStartWorkingDays,
    Integer reviewWorkingDays,
    List<RowSet> rowSets,
    String mailFrom,
    String appUrl,
    List<String> adminEmails,
    Map<String, School> schools) {

  /** A school's overrides; anything left out comes from the defaults above. */
  public record School(Integer reminderWorkingDays, Integer directorAfterWorkingDays,
      Integer adminAfterWorkingDays, Integer progressNoteDays, Integer triggerWorkingDays,
      Integer lateStartWorkingDays, Integer reviewWorkingDays, List<RowSet> rowSets, List<String> adminEmails) {
  }

  public RoadmapProperties {
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "nastavnik@localhost" : mailFrom;
    appUrl = appUrl == null || appUrl.isBlank() ? "http://localhost:8080" : appUrl.replaceAll("/+$", "");
    adminEmails = adminEmails == null ? List.of() : List.copyOf(adminEmails);
    Map<String, School> byCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (schools != null) {
      byCode.putAll(schools);
    }
    schools = byCode;
  }

  /** Nothing configured: the defaults of {@link RoadmapSettings#DEFAULTS}. */
  public static RoadmapProperties defaults() {
    return new RoadmapProperties(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The effective settings of a school. */
  public RoadmapSettings forSchool(String schoolCode) {
    RoadmapSettings d = RoadmapSettings.DEFAULTS;
    School s = schoolCode == null ? null : schools.get(schoolCode.toLowerCase(Locale.ROOT));
    RoadmapSettings settings = new RoadmapSettings(
        pick(s == null ? null : s.reminderWorkingDays(), reminderWorkingDays, d.reminderWorkingDays()),
        pick(s == null ? null : s.directorAfterWorkingDays(), directorAfterWorkingDays, d.directorAfterWorkingDays()),
        pick(s == null ? null : s.adminAfterWorkingDays(), adminAfterWorkingDays, d.adminAfterWorkingDays()),
        pick(s == null ? null : s.progressNoteDays(), progressNoteDays, d.progressNoteDays()),
        pick(s == null ? null : s.triggerWorkingDays(), triggerWorkingDays, d.triggerWorkingDays()),
        pick(s == null ? null : s.lateStartWorkingDays(), lateStartWorkingDays, d.lateStartWorkingDays()),
        pick(s == null ? null : s.reviewWorkingDays(), reviewWorkingDays, d.reviewWorkingDays()),
        s != null && s.rowSets() != null ? s.rowSets() : rowSets != null ? rowSets : d.rowSets());
    check(settings, schoolCode);
    return settings;
  }

  /** Administrators' addresses configured for the school (the general list and the school's own). */
  public List<String> adminEmailsFor(String schoolCode) {
    School s = schoolCode == null ? null : schools.get(schoolCode.toLowerCase(Locale.ROOT));
    List<String> all = new java.util.ArrayList<>(adminEmails);
    if (s != null && s.adminEmails() != null) {
      all.addAll(s.adminEmails());
    }
    return all;
  }

  private static int pick(Integer school, Integer general, int fallback) {
    return school != null ? school : general != null ? general : fallback;
  }

  private static void check(RoadmapSettings s, String schoolCode) {
    if (s.reminderWorkingDays() < 0 || s.directorAfterWorkingDays() < 0 || s.adminAfterWorkingDays() < 1
        || s.progressNoteDays() < 1 || s.triggerWorkingDays() < 1 || s.lateStartWorkingDays() < 1
        || s.reviewWorkingDays() < 1) {
      throw new UserFacingException("Настройки дорожной карты" + (schoolCode == null ? "" : " школы «" + schoolCode + "»")
          + " неверны: сроки задаются целым числом дней (напоминание и передача директору — от 0,"
          + " остальные — от 1).");
    }
  }
}
