package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.matching.MatchingMessage.Kind;
import ru.nastavnik.pairing.matching.UnpairedMentee.Cause;

/** Turns a solver's column-per-row answer into pairs with reasons, unpaired mentees and messages. */
final class ResultAssembler {

  private ResultAssembler() {}

  /** Rows the run has to pair: every mentee not in a valid locked pair, ascending. */
  static int[] activeRows(MatchingInstance inst) {
    int count = 0;
    for (int i = 0; i < inst.n; i++) {
      if (inst.lockedCol[i] < 0) {
        count++;
      }
    }
    int[] rows = new int[count];
    for (int i = 0, a = 0; i < inst.n; i++) {
      if (inst.lockedCol[i] < 0) {
        rows[a++] = i;
      }
    }
    return rows;
  }

  /** Messages about the input as a whole, before any solving. */
  static List<MatchingMessage> inputMessages(MatchingInstance inst, int[] rows) {
    List<MatchingMessage> out = new ArrayList<>();
    if (inst.n == 0) {
      out.add(MatchingMessage.of(Kind.NO_MENTEES,
          "Нет наставляемых: в базе наставляемых нет ни одного педагога, подбирать пары не для кого."));
    }
    if (inst.m == 0) {
      out.add(MatchingMessage.of(Kind.NO_MENTORS,
          "Нет наставников: база наставников пуста, подобрать пары невозможно. "
              + "Наставляемые остаются в поиске до появления наставников."));
    } else {
      boolean anyEligible = false;
      for (MentorInput r : inst.mentors) {
        anyEligible |= r.eligible();
      }
      if (!anyEligible) {
        out.add(MatchingMessage.of(Kind.NO_ELIGIBLE_MENTORS,
            "Ни один наставник не допущен к работе: наставник должен быть отобран, обучен "
                + "и дать письменное согласие."));
      } else if (inst.availableCols.length == 0 && rows.length > 0) {
        out.add(MatchingMessage.of(Kind.ALL_MENTORS_AT_CAPACITY,
            "Все наставники уже заняты: свободных мест нет, вместимость исчерпана "
                + "закреплёнными парами. Наставляемые остаются в поиске."));
      }
    }
    if (inst.n > 0 && rows.length == 0) {
      out.add(MatchingMessage.of(Kind.ALL_MENTEES_LOCKED,
          "Все наставляемые уже в закреплённых парах: подбирать больше некого."));
    }
    return out;
  }

  static MatchingResult assemble(MatchingInstance inst, int[] rows, int[] colOfRow, int[] allowed,
      boolean exact, boolean certified, long allowedArcs, long candidateArcs, int rounds,
      long startNanos) {
    List<MatchingMessage> messages = new ArrayList<>(inst.messages);
    messages.addAll(inputMessages(inst, rows));
    List<ProposedPair> pairs = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < inst.n; i++) {
      int j = inst.lockedCol[i];
      if (j >= 0) {
        ProposedPair p = pair(inst, i, j, true);
        pairs.add(p);
        total += p.score();
      }
    }
    int proposed = 0;
    long proposedScore = 0;
    List<UnpairedMentee> unpaired = new ArrayList<>();
    for (int pos = 0; pos < rows.length; pos++) {
      int i = rows[pos];
      int j = colOfRow[pos];
      if (j >= 0) {
        ProposedPair p = pair(inst, i, j, false);
        pairs.add(p);
        total += p.score();
        proposed++;
        proposedScore += p.score();
      } else {
        UnpairedMentee u = unpaired(inst, i, allowed[pos]);
        unpaired.add(u);
        if (u.cause() == Cause.NO_ALLOWED_MENTOR && inst.m > 0) {
          messages.add(new MatchingMessage(Kind.MENTEE_WITHOUT_ALLOWED_MENTOR,
              "Для наставляемого " + inst.mentees[i].displayName() + " нет ни одного допустимого "
                  + "наставника. " + u.explanation(),
              inst.mentees[i].id(), null));
        }
      }
    }
    MatchingResult.Summary summary = new MatchingResult.Summary(inst.n, inst.m,
        pairs.size(), proposed, total, proposedScore, exact, certified, allowedArcs,
        candidateArcs, rounds, (System.nanoTime() - startNanos) / 1_000_000);
    return new MatchingResult(pairs, unpaired, messages, summary);
  }

  static ProposedPair pair(MatchingInstance inst, int i, int j, boolean locked) {
    List<Reason> reasons = inst.reasons(i, j);
    int score = 0;
    for (Reason r : reasons) {
      score += r.points();
    }
    InteractionForm form = inst.form(i, j);
    return new ProposedPair(inst.mentees[i].id(), inst.mentors[j].id(), score, reasons, form, locked);
  }

  private static UnpairedMentee unpaired(MatchingInstance inst, int i, int allowedCount) {
    long id = inst.mentees[i].id();
    if (inst.m == 0) {
      return new UnpairedMentee(id, Cause.NO_ALLOWED_MENTOR,
          "В базе нет ни одного наставника.");
    }
    if (allowedCount > 0) {
      return new UnpairedMentee(id, Cause.ALL_SUITABLE_MENTORS_BUSY,
          "Все подходящие наставники (" + allowedCount + ") уже заняты: при наибольшем числе пар "
              + "их места отданы другим наставляемым. Наставляемый остаётся в поиске.");
    }
    Map<HardRule, Integer> counts = new EnumMap<>(HardRule.class);
    if (inst.network) {
      for (int j = 0; j < inst.m; j++) {
        HardRule rule = inst.violation(i, j, false);
        if (rule != null) {
          counts.merge(rule, 1, Integer::sum);
        }
      }
    } else {
      int[] own = inst.schoolAllMentors[inst.menteeSchool[i]];
      for (int j : own) {
        HardRule rule = inst.violation(i, j, false);
        if (rule != null) {
          counts.merge(rule, 1, Integer::sum);
        }
      }
      if (inst.m > own.length) {
        counts.merge(HardRule.OTHER_SCHOOL, inst.m - own.length, Integer::sum);
      }
    }
    Integer busy = counts.get(HardRule.NO_CAPACITY);
    if (busy != null) {
      return new UnpairedMentee(id, Cause.ALL_SUITABLE_MENTORS_BUSY,
          "Все подходящие наставники (" + busy + ") уже заняты: их места отданы закреплённым "
              + "парам. Наставляемый остаётся в поиске.");
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<HardRule, Integer> e : counts.entrySet()) {
      String text = e.getKey().text();
      if (e.getKey() == HardRule.NO_ALLOWED_FORM) {
        var category = inst.mentees[i].category();
        text += " («" + category.title() + "»: допустимы формы " + inst.rules.formCodes(category) + ")";
      }
      parts.add(text + " — " + mentors(e.getValue()));
    }
    return new UnpairedMentee(id, Cause.NO_ALLOWED_MENTOR,
        "Причины: " + String.join("; ", parts) + ".");
  }

  private static String mentors(int count) {
    int a = count % 100;
    int b = count % 10;
    String word = (a >= 11 && a <= 14) ? "наставников"
        : b == 1 ? "наставник" : (b >= 2 && b <= 4) ? "наставника" : "наставников";
    return count + " " + word;
  }
}
