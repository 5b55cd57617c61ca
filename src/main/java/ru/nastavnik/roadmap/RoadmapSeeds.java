package ru.nastavnik.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.roadmap.SeedRow.RelativeDate;
import ru.nastavnik.staff.Role;

/**
 * The seed roadmaps as data: tab-separated files in {@code classpath:roadmap/}, one row per line —
 * number, section, action, result form, period as written, window, role, linked program stage. A
 * window is {@code DATED:Y1-05-01..Y1-08-31}, {@code YEAR} (1 September – 31 May) or
 * {@code YEAR:<dates>}, or {@code TRIGGER:<event>:<working days>}.
 */
public final class RoadmapSeeds {

  static final String YEAR_START = "Y1-09-01";
  static final String YEAR_END = "Y2-05-31";
  static final String TRIGGER_SECTION = "5. Мероприятия по мере необходимости (по событию)";

  private RoadmapSeeds() {}

  /** The rows of these sets, in order. */
  public static List<SeedRow> rows(List<RowSet> sets) {
    List<SeedRow> rows = new ArrayList<>();
    for (RowSet set : sets) {
      rows.addAll(rows(set));
    }
    return rows;
  }

  public static List<SeedRow> rows(RowSet set) {
    List<SeedRow> all = read(set);
    if (set != RowSet.SEED_000_TRIGGERS) {
      return all;
    }
    List<SeedRow> triggers = new ArrayList<>();
    for (SeedRow r : all) {
      if (r.kind() == RowKind.TRIGGER && r.trigger() != TriggerEvent.ROADMAP_STARTED) {
        triggers.add(new SeedRow(set, "5." + (triggers.size() + 1) + ".", TRIGGER_SECTION, r.action(),
            r.resultForm(), r.periodText(), r.kind(), r.start(), r.end(), r.trigger(), r.termDays(), r.role(),
            r.stage()));
      }
    }
    return triggers;
  }

  private static List<SeedRow> read(RowSet set) {
    String path = "roadmap/" + set.file();
    try (InputStream in = RoadmapSeeds.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Seed roadmap " + path + " is missing");
      }
      List<SeedRow> rows = new ArrayList<>();
      int lineNo = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          rows.add(parse(set, line.split("\t", -1)));
        } catch (RuntimeException e) {
          throw new IllegalStateException(path + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SeedRow parse(RowSet set, String[] c) {
    if (c.length != 8) {
      throw new IllegalArgumentException("8 columns expected, found " + c.length);
    }
    String[] window = c[5].trim().split(":", 2);
    RowKind kind;
    RelativeDate start = null;
    RelativeDate end = null;
    TriggerEvent trigger = null;
    Integer termDays = null;
    switch (window[0]) {
      case "DATED", "YEAR" -> {
        kind = window[0].equals("DATED") ? RowKind.DATED : RowKind.YEAR_ROUND;
        String dates = window.length > 1 ? window[1] : YEAR_START + ".." + YEAR_END;
        String[] se = dates.split("\\.\\.");
        start = RelativeDate.parse(se[0]);
        end = RelativeDate.parse(se[1]);
      }
      case "TRIGGER" -> {
        kind = RowKind.TRIGGER;
        String[] te = window[1].split(":");
        trigger = TriggerEvent.valueOf(te[0]);
        termDays = Integer.valueOf(te[1]);
      }
      default -> throw new IllegalArgumentException("window " + c[5]);
    }
    Role role = Role.byGroupId(c[6].trim())
        .orElseThrow(() -> new IllegalArgumentException("role " + c[6]));
    String stage = c[7].isBlank() ? null : c[7].trim();
    if (stage != null && !RoadmapProcess.STAGES.containsKey(stage)) {
      throw new IllegalArgumentException("stage " + stage + " is no call activity of " + ProgramProcess.KEY);
    }
    return new SeedRow(set, c[0].trim(), blankToNull(c[1]), c[2].trim(), blankToNull(c[3]),
        blankToNull(c[4]), kind, start, end, trigger, termDays, role, stage);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** «SEED_002» or «seed-002». */
  public static RowSet rowSet(String name) {
    return RowSet.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
