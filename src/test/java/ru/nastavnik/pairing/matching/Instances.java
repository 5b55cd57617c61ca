package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.matching.CompatibilityResult.Verdict;

/** Random but reproducible mentor and mentee bases for tests and the benchmark. */
final class Instances {

  static final String[] SUBJECTS = {"Математика", "Русский язык", "Литература", "Физика",
      "Химия", "Биология", "История", "Обществознание", "География", "Информатика",
      "Английский язык", "Начальные классы"};
  static final String[] TAGS = {"классное руководство", "работа с родителями",
      "дисциплина на уроке", "цифровые инструменты", "подготовка к ОГЭ", "проектная деятельность",
      "профилактика выгорания", "адаптация в коллективе", "методика урока", "оценивание",
      "инклюзивное обучение", "внеурочная деятельность"};

  private Instances() {}

  /** Parameters of a generated base. */
  record Spec(int mentees, int mentors, int schools, int maxCapacity, double eligibleShare,
      double preferredShare, double managerShare, double psychShare, long seed) {}

  static MatchingProblem generate(Spec s) {
    Random rnd = new Random(s.seed());
    MenteeCategory[] cats = MenteeCategory.values();
    InteractionForm[] forms = InteractionForm.values();
    List<MentorInput> mentors = new ArrayList<>(s.mentors());
    // mentor ids 1..M, mentee ids 1_000_001..
    for (int j = 0; j < s.mentors(); j++) {
      long id = j + 1;
      String school = "S" + (s.schools() == 1 ? 0 : rnd.nextInt(s.schools()));
      if (s.schools() > 1 && j < s.schools()) {
        school = "S" + j; // every school has a mentor
      }
      Set<InteractionForm> fs = EnumSet.noneOf(InteractionForm.class);
      int nf = 1 + rnd.nextInt(3);
      for (int t = 0; t < nf; t++) {
        fs.add(forms[rnd.nextInt(forms.length)]);
      }
      mentors.add(new MentorInput(id, "Наставник " + id, school, pick(rnd, SUBJECTS, 1 + rnd.nextInt(2)),
          5 + rnd.nextInt(30), fs, pick(rnd, TAGS, 2 + rnd.nextInt(4)),
          1 + rnd.nextInt(s.maxCapacity()), rnd.nextDouble() < s.eligibleShare(), null, Set.of()));
    }
    List<MenteeInput> mentees = new ArrayList<>(s.mentees());
    List<CompatibilityResult> psych = new ArrayList<>();
    for (int i = 0; i < s.mentees(); i++) {
      long id = 1_000_001 + i;
      String school = "S" + (s.schools() == 1 ? 0 : rnd.nextInt(s.schools()));
      MenteeCategory cat = cats[rnd.nextInt(cats.length)];
      int exp = cat == MenteeCategory.YOUNG_SPECIALIST ? rnd.nextInt(4) : rnd.nextInt(25);
      Long preferred = rnd.nextDouble() < s.preferredShare() && s.mentors() > 0
          ? (long) (1 + rnd.nextInt(s.mentors())) : null;
      Long manager = rnd.nextDouble() < s.managerShare() && s.mentors() > 0
          ? (long) (1 + rnd.nextInt(s.mentors())) : null;
      mentees.add(new MenteeInput(id, "Наставляемый " + id, school, pick(rnd, SUBJECTS, 1 + rnd.nextInt(2)),
          cat, exp, pick(rnd, TAGS, 1 + rnd.nextInt(3)), preferred, manager));
      if (s.psychShare() > 0 && s.mentors() > 0) {
        int count = (int) Math.round(s.psychShare() * 10);
        for (int t = 0; t < count; t++) {
          if (rnd.nextDouble() < 0.5) {
            Verdict v = Verdict.values()[rnd.nextInt(3)];
            psych.add(new CompatibilityResult(id, 1 + rnd.nextInt(s.mentors()), v));
          }
        }
      }
    }
    return new MatchingProblem(mentees, mentors, psych, List.of(), List.of());
  }

  private static Set<String> pick(Random rnd, String[] from, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < Math.min(count, from.length)) {
      out.add(from[rnd.nextInt(from.length)]);
    }
    return out;
  }
}
