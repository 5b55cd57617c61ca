package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.matching.CompatibilityResult.Verdict;

/**
 * A matching problem compiled to primitive arrays: mentees (rows) and mentors (columns) sorted
 * by id, features as bit masks and lookup tables, so that scoring one mentee against every
 * mentor is a tight loop without allocation. Locked pairs are checked and take capacity here.
 */
final class MatchingInstance {

  private static final int EXP_CLAMP = 80;
  private static final int[] EMPTY = new int[0];

  final MatchingRules rules;
  final MatchingRules.Weights w;
  final boolean network;
  final MenteeInput[] mentees;
  final MentorInput[] mentors;
  final int n;
  final int m;

  // schools
  final int[] menteeSchool;
  final int[] mentorSchool;
  /** Per school: available mentor columns, ascending. */
  final int[][] schoolMentors;
  /** All available mentor columns, ascending. */
  final int[] availableCols;
  /** Per school: every mentor column (available or not), ascending. */
  final int[][] schoolAllMentors;

  // bit-set features
  final int subjWords;
  final long[] menteeSubj;
  final long[] mentorSubj;
  final List<String> subjectNames = new ArrayList<>();
  final int tagWords;
  final long[] menteeReq;
  final long[] mentorOff;
  final List<String> tagNames = new ArrayList<>();

  final int[] category;
  final int[] menteeExp;
  final int[] mentorExp;
  final int[] formsMask;

  // tables
  /** Index: category * 64 + formsMask * 2 + (common subject ? 1 : 0). */
  final int[] formChoice = new int[MenteeCategory.values().length * 64];
  final int[] formPts = new int[MenteeCategory.values().length * 64];
  final int[] formRank = new int[MenteeCategory.values().length * 64];
  final int[] reqPts;
  final int[] expPts = new int[2 * EXP_CLAMP + 1];

  // sparse per-row data
  final int[] preferredCol;
  final int[][] forbidCols;
  final int[][] adjCols;
  final int[][] adjPts;

  // capacity and locks
  final int[] remaining;
  final boolean[] available;
  final int[] lockedCol;
  final List<MatchingMessage> messages = new ArrayList<>();

  final int scoreMin;
  final int scoreMax;

  private final Map<Long, Integer> rowOfId = new HashMap<>();
  private final Map<Long, Integer> colOfId = new HashMap<>();
  private final Set<PairKey> excluded = new HashSet<>();
  private final Map<PairKey, Verdict> verdicts = new HashMap<>();

  MatchingInstance(MatchingProblem problem, MatchingRules rules) {
    this.rules = rules;
    this.w = rules.weights();
    this.network = rules.networkMentoring();
    this.mentees = problem.mentees().toArray(new MenteeInput[0]);
    this.mentors = problem.mentors().toArray(new MentorInput[0]);
    Arrays.sort(mentees, Comparator.comparingLong(MenteeInput::id));
    Arrays.sort(mentors, Comparator.comparingLong(MentorInput::id));
    this.n = mentees.length;
    this.m = mentors.length;
    validate();
    for (int i = 0; i < n; i++) {
      rowOfId.put(mentees[i].id(), i);
    }
    for (int j = 0; j < m; j++) {
      colOfId.put(mentors[j].id(), j);
    }

    // schools
    Map<String, Integer> schools = new HashMap<>();
    menteeSchool = new int[n];
    mentorSchool = new int[m];
    for (int i = 0; i < n; i++) {
      menteeSchool[i] = schools.computeIfAbsent(mentees[i].schoolCode().trim(), k -> schools.size());
    }
    for (int j = 0; j < m; j++) {
      mentorSchool[j] = schools.computeIfAbsent(mentors[j].schoolCode().trim(), k -> schools.size());
    }

    // dictionaries of subjects and tags
    // by normalised name; the raw spellings seen map straight to their index (the same few
    // names come back thousands of times, normalising each once is enough)
    Dictionary subjDict = new Dictionary(subjectNames);
    Dictionary tagDict = new Dictionary(tagNames);
    for (MenteeInput e : mentees) {
      subjDict.intern(e.subjects());
      tagDict.intern(e.requests());
    }
    for (MentorInput r : mentors) {
      subjDict.intern(r.subjects());
      tagDict.intern(r.offers());
    }
    subjWords = Math.max(1, (subjDict.size() + 63) / 64);
    tagWords = Math.max(1, (tagDict.size() + 63) / 64);
    menteeSubj = new long[n * subjWords];
    mentorSubj = new long[m * subjWords];
    menteeReq = new long[n * tagWords];
    mentorOff = new long[m * tagWords];
    category = new int[n];
    menteeExp = new int[n];
    mentorExp = new int[m];
    formsMask = new int[m];
    for (int i = 0; i < n; i++) {
      MenteeInput e = mentees[i];
      subjDict.setBits(menteeSubj, i * subjWords, e.subjects());
      tagDict.setBits(menteeReq, i * tagWords, e.requests());
      category[i] = e.category().ordinal();
      menteeExp[i] = e.experienceYears();
    }
    for (int j = 0; j < m; j++) {
      MentorInput r = mentors[j];
      subjDict.setBits(mentorSubj, j * subjWords, r.subjects());
      tagDict.setBits(mentorOff, j * tagWords, r.offers());
      mentorExp[j] = r.experienceYears();
      int mask = 0;
      for (InteractionForm f : r.forms()) {
        mask |= 1 << f.ordinal();
      }
      formsMask[j] = mask;
    }

    // tables
    buildFormTable();
    reqPts = new int[tagWords * 64 + 1];
    for (int c = 0; c < reqPts.length; c++) {
      long raw = (long) w.requestMatch() * c;
      reqPts[c] = (int) Math.max(-w.requestMatchMax(), Math.min(w.requestMatchMax(), raw));
    }
    for (int g = -EXP_CLAMP; g <= EXP_CLAMP; g++) {
      expPts[g + EXP_CLAMP] = experiencePoints(g);
    }

    // sparse data
    for (PairKey k : problem.excludedPairs()) {
      excluded.add(k);
    }
    for (CompatibilityResult c : problem.compatibility()) {
      PairKey k = new PairKey(c.menteeId(), c.mentorId());
      Verdict old = verdicts.get(k);
      if (old == null || c.verdict().ordinal() > old.ordinal()) {
        verdicts.put(k, c.verdict()); // the most cautious conclusion wins
      }
    }
    preferredCol = new int[n];
    List<List<Integer>> forbid = new ArrayList<>(n);
    List<Map<Integer, Integer>> adjust = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      forbid.add(new ArrayList<>(0));
      adjust.add(new HashMap<>(0));
      MenteeInput e = mentees[i];
      Integer pc = e.preferredMentorId() == null ? null : colOfId.get(e.preferredMentorId());
      preferredCol[i] = pc == null ? -1 : pc;
      Integer self = colOfId.get(e.id());
      if (self != null) {
        forbid.get(i).add(self);
      }
      Integer boss = e.lineManagerId() == null ? null : colOfId.get(e.lineManagerId());
      if (boss != null) {
        forbid.get(i).add(boss);
      }
    }
    for (int j = 0; j < m; j++) {
      MentorInput r = mentors[j];
      for (Long sub : r.subordinateIds()) {
        Integer row = rowOfId.get(sub);
        if (row != null) {
          forbid.get(row).add(j);
        }
      }
      Integer bossRow = r.lineManagerId() == null ? null : rowOfId.get(r.lineManagerId());
      if (bossRow != null) {
        forbid.get(bossRow).add(j);
      }
    }
    for (PairKey k : excluded) {
      Integer row = rowOfId.get(k.menteeId());
      Integer col = colOfId.get(k.mentorId());
      if (row != null && col != null) {
        forbid.get(row).add(col);
      }
    }
    for (Map.Entry<PairKey, Verdict> v : verdicts.entrySet()) {
      Integer row = rowOfId.get(v.getKey().menteeId());
      Integer col = colOfId.get(v.getKey().mentorId());
      if (row == null || col == null) {
        continue;
      }
      switch (v.getValue()) {
        case INCOMPATIBLE -> forbid.get(row).add(col);
        case DOUBTFUL -> adjust.get(row).put(col, w.psychologistDoubtful());
        case COMPATIBLE -> adjust.get(row).put(col, w.psychologistCompatible());
      }
    }
    forbidCols = new int[n][];
    adjCols = new int[n][];
    adjPts = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> f = forbid.get(i);
      forbidCols[i] = f.isEmpty() ? EMPTY : sortedDistinct(f);
      Map<Integer, Integer> a = adjust.get(i);
      if (a.isEmpty()) {
        adjCols[i] = EMPTY;
        adjPts[i] = EMPTY;
      } else {
        int[] cols = a.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] pts = new int[cols.length];
        for (int k = 0; k < cols.length; k++) {
          pts[k] = a.get(cols[k]);
        }
        adjCols[i] = cols;
        adjPts[i] = pts;
      }
    }

    // capacity, locked pairs
    remaining = new int[m];
    for (int j = 0; j < m; j++) {
      remaining[j] = mentors[j].capacity();
    }
    lockedCol = new int[n];
    Arrays.fill(lockedCol, -1);
    applyLocks(problem.lockedPairs());
    available = new boolean[m];
    int avail = 0;
    for (int j = 0; j < m; j++) {
      available[j] = mentors[j].eligible() && remaining[j] > 0;
      if (available[j]) {
        avail++;
      }
    }
    availableCols = new int[avail];
    List<List<Integer>> bySchool = new ArrayList<>();
    for (int s = 0; s < schools.size(); s++) {
      bySchool.add(new ArrayList<>());
    }
    for (int j = 0, a = 0; j < m; j++) {
      if (available[j]) {
        availableCols[a++] = j;
        bySchool.get(mentorSchool[j]).add(j);
      }
    }
    schoolMentors = new int[schools.size()][];
    for (int s = 0; s < schools.size(); s++) {
      schoolMentors[s] = bySchool.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    int[] perSchool = new int[schools.size()];
    for (int j = 0; j < m; j++) {
      perSchool[mentorSchool[j]]++;
    }
    schoolAllMentors = new int[schools.size()][];
    for (int s = 0; s < schools.size(); s++) {
      schoolAllMentors[s] = new int[perSchool[s]];
    }
    int[] fillAt = new int[schools.size()];
    for (int j = 0; j < m; j++) {
      schoolAllMentors[mentorSchool[j]][fillAt[mentorSchool[j]]++] = j;
    }

    // score bounds
    int lo = 0;
    int hi = 0;
    lo += Math.min(0, w.subjectMatch());
    hi += Math.max(0, w.subjectMatch());
    int fLo = Integer.MAX_VALUE;
    int fHi = Integer.MIN_VALUE;
    for (int r = 0; r < InteractionForm.values().length; r++) {
      int p = w.formFit() - r * w.formRankStep();
      fLo = Math.min(fLo, p);
      fHi = Math.max(fHi, p);
    }
    lo += fLo;
    hi += fHi;
    lo += Math.min(0, -w.requestMatchMax());
    hi += w.requestMatchMax();
    int eLo = Integer.MAX_VALUE;
    int eHi = Integer.MIN_VALUE;
    for (int p : expPts) {
      eLo = Math.min(eLo, p);
      eHi = Math.max(eHi, p);
    }
    lo += eLo;
    hi += eHi;
    lo += Math.min(0, Math.min(w.psychologistCompatible(), w.psychologistDoubtful()));
    hi += Math.max(0, Math.max(w.psychologistCompatible(), w.psychologistDoubtful()));
    lo += Math.min(0, w.preferredMentor());
    hi += Math.max(0, w.preferredMentor());
    if (network) {
      lo += Math.min(0, w.sameSchool());
      hi += Math.max(0, w.sameSchool());
    }
    scoreMin = lo;
    scoreMax = hi;
  }

  private void validate() {
    Set<Long> ids = new HashSet<>();
    for (MenteeInput e : mentees) {
      if (!ids.add(e.id())) {
        throw new UserFacingException("Наставляемый №" + e.id() + " указан в базе наставляемых дважды");
      }
      if (e.category() == null) {
        throw new UserFacingException("У наставляемого " + e.displayName() + " не указана категория");
      }
      if (e.schoolCode() == null || e.schoolCode().isBlank()) {
        throw new UserFacingException("У наставляемого " + e.displayName() + " не указана школа");
      }
      if (e.experienceYears() < 0) {
        throw new UserFacingException("У наставляемого " + e.displayName() + " отрицательный стаж");
      }
    }
    ids.clear();
    for (MentorInput r : mentors) {
      if (!ids.add(r.id())) {
        throw new UserFacingException("Наставник №" + r.id() + " указан в базе наставников дважды");
      }
      if (r.capacity() < 1) {
        throw new UserFacingException("Вместимость наставника " + r.displayName()
            + " должна быть не меньше 1, указано: " + r.capacity());
      }
      if (r.schoolCode() == null || r.schoolCode().isBlank()) {
        throw new UserFacingException("У наставника " + r.displayName() + " не указана школа");
      }
      if (r.experienceYears() < 0) {
        throw new UserFacingException("У наставника " + r.displayName() + " отрицательный стаж");
      }
    }
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  private static int[] sortedDistinct(List<Integer> values) {
    int[] a = new int[values.size()];
    for (int x = 0; x < a.length; x++) {
      a[x] = values.get(x);
    }
    Arrays.sort(a);
    int w = 0;
    for (int x = 0; x < a.length; x++) {
      if (w == 0 || a[w - 1] != a[x]) {
        a[w++] = a[x];
      }
    }
    return w == a.length ? a : Arrays.copyOf(a, w);
  }

  /** Subjects or tags numbered by normalised name, the first spelling kept for the reasons. */
  private static final class Dictionary {
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> bySpelling = new HashMap<>();
    private final List<String> names;

    Dictionary(List<String> names) {
      this.names = names;
    }

    int size() {
      return byName.size();
    }

    void intern(Set<String> values) {
      for (String v : values) {
        if (v != null && !bySpelling.containsKey(v) && !v.isBlank()) {
          Integer at = byName.get(norm(v));
          if (at == null) {
            at = byName.size();
            byName.put(norm(v), at);
            names.add(v.trim());
          }
          bySpelling.put(v, at);
        }
      }
    }

    /** Sets the bit of each value (all interned before). */
    void setBits(long[] bits, int base, Set<String> values) {
      for (String v : values) {
        Integer b = v == null ? null : bySpelling.get(v);
        if (b != null) {
          bits[base + (b >>> 6)] |= 1L << (b & 63);
        }
      }
    }
  }

  private void buildFormTable() {
    InteractionForm[] all = InteractionForm.values();
    for (MenteeCategory c : MenteeCategory.values()) {
      List<InteractionForm> allowed = rules.formsFor(c);
      for (int mask = 0; mask < 32; mask++) {
        for (int subj = 0; subj <= 1; subj++) {
          int idx = c.ordinal() * 64 + mask * 2 + subj;
          formChoice[idx] = -1;
          for (int r = 0; r < allowed.size(); r++) {
            InteractionForm f = allowed.get(r);
            if ((mask & (1 << f.ordinal())) == 0) {
              continue;
            }
            if (subj == 0 && rules.subjectForms().contains(f)) {
              continue;
            }
            formChoice[idx] = f.ordinal();
            formPts[idx] = w.formFit() - r * w.formRankStep();
            formRank[idx] = r;
            break;
          }
        }
      }
    }
    assert all.length <= 5;
  }

  private int experiencePoints(int gap) {
    if (gap <= 0) {
      return w.experienceNotSenior();
    }
    if (gap >= w.experienceFullGapYears()) {
      return w.experienceFull();
    }
    return w.experienceFull() * gap / w.experienceFullGapYears();
  }

  private void applyLocks(List<PairKey> locked) {
    List<PairKey> sorted = new ArrayList<>(locked);
    sorted.sort(Comparator.comparingLong(PairKey::menteeId).thenComparingLong(PairKey::mentorId));
    Set<Long> seen = new HashSet<>();
    for (PairKey k : sorted) {
      Integer i = rowOfId.get(k.menteeId());
      Integer j = colOfId.get(k.mentorId());
      if (i == null) {
        throw new UserFacingException("Закреплённая пара ссылается на наставляемого №"
            + k.menteeId() + ", которого нет в базе наставляемых");
      }
      if (j == null) {
        throw new UserFacingException("Закреплённая пара ссылается на наставника №"
            + k.mentorId() + ", которого нет в базе наставников");
      }
      if (!seen.add(k.menteeId())) {
        throw new UserFacingException("Наставляемый " + mentees[i].displayName()
            + " закреплён сразу за несколькими наставниками");
      }
      HardRule broken = violation(i, j, true);
      if (broken == null && remaining[j] <= 0) {
        broken = HardRule.NO_CAPACITY;
      }
      if (broken != null) {
        String detail = broken.text();
        if (broken == HardRule.NO_ALLOWED_FORM) {
          detail += " (" + mentees[i].category().title() + ": допустимы "
              + rules.formCodes(mentees[i].category()) + ")";
        } else if (broken == HardRule.NO_CAPACITY) {
          detail += " (вместимость " + mentors[j].capacity() + ")";
        }
        messages.add(new MatchingMessage(MatchingMessage.Kind.LOCKED_PAIR_REJECTED,
            "Закреплённая пара " + mentees[i].displayName() + " — " + mentors[j].displayName()
                + " нарушает правило: " + detail
                + ". Пара не закреплена, наставник для наставляемого подбирается заново.",
            k.menteeId(), k.mentorId()));
        continue;
      }
      lockedCol[i] = j;
      remaining[j]--;
    }
  }

  // ---------------------------------------------------------------- scoring (fast path)

  /** The mentors a row is scanned against: its school's, or everyone's under network mentoring. */
  int[] scope(int i) {
    return network ? availableCols : schoolMentors[menteeSchool[i]];
  }

  /** Scratch of {@link #scoreScope}: one entry per mentor. */
  private int[] coded;

  /**
   * The scoring loop: row {@code i} against each mentor of {@code scope}, by the hard rules
   * (forbidden pairs, form for the category) and the weights. Writes {@code score - scoreMin + 1}
   * to {@code out[k]} for the k-th mentor when the pair is allowed, 0 when it is not.
   *
   * @return how many pairs are allowed
   */
  private int scoreScope(int i, int[] scope, int[] out) {
    int cnt = 0;
    final int[] forb = forbidCols[i];
    int fp = 0;
    final int fl = forb.length;
    final int[] aC = adjCols[i];
    final int[] aP = adjPts[i];
    int ap = 0;
    final int al = aC.length;
    final int pref = preferredCol[i];
    final int catBase = category[i] * 64;
    final int school = menteeSchool[i];
    final int exp = menteeExp[i] - EXP_CLAMP;
    final int wSubj = w.subjectMatch();
    final int wSame = network ? w.sameSchool() : 0;
    final int shift = 1 - scoreMin;
    final boolean oneWord = subjWords == 1 && tagWords == 1;
    final long sub = menteeSubj[i * subjWords];
    final long req = menteeReq[i * tagWords];
    final int[] fChoice = formChoice;
    final int[] fPts = formPts;
    final int[] rPts = reqPts;
    final int[] ePts = expPts;
    final int[] fMask = formsMask;
    final int[] mExp = mentorExp;
    final int[] mSchool = mentorSchool;
    final long[] mSub = mentorSubj;
    final long[] mOff = mentorOff;
    final boolean sparse = fl > 0 || al > 0 || pref >= 0;
    for (int k = 0; k < scope.length; k++) {
      int j = scope[k];
      int common;
      int tags;
      if (oneWord) {
        common = (mSub[j] & sub) != 0 ? 1 : 0;
        tags = Long.bitCount(mOff[j] & req);
      } else {
        common = commonSubjects(i, j) ? 1 : 0;
        tags = commonTags(i, j);
      }
      int fIdx = catBase + (fMask[j] << 1) + common;
      int ok = ~fChoice[fIdx] >>> 31;
      int g = mExp[j] - exp;
      int s = fPts[fIdx] + (common == 0 ? 0 : wSubj) + rPts[tags]
          + ePts[g < 0 ? 0 : (g > 2 * EXP_CLAMP ? 2 * EXP_CLAMP : g)]
          + (mSchool[j] == school ? wSame : 0);
      if (sparse) {
        if (j == pref) {
          s += w.preferredMentor();
        }
        if (fp < fl) {
          while (fp < fl && forb[fp] < j) {
            fp++;
          }
          if (fp < fl && forb[fp] == j) {
            ok = 0;
          }
        }
        if (ap < al) {
          while (ap < al && aC[ap] < j) {
            ap++;
          }
          if (ap < al && aC[ap] == j) {
            s += aP[ap];
          }
        }
      }
      out[k] = (s + shift) * ok;
      cnt += ok;
    }
    return cnt;
  }

  private int[] coded(int length) {
    if (coded == null || coded.length < length) {
      coded = new int[Math.max(length, m)];
    }
    return coded;
  }

  /**
   * Scores row {@code i} against every mentor allowed by the hard rules (capacity left,
   * eligible, school, forbidden pairs, form). Writes columns in ascending order.
   *
   * @return how many arcs were written
   */
  int scanRow(int i, int[] outCols, int[] outScores) {
    return scanRow(i, scope(i), outCols, outScores);
  }

  /** As {@link #scanRow(int, int[], int[])} against some of the row's mentors (ascending columns). */
  int scanRow(int i, int[] scope, int[] outCols, int[] outScores) {
    int[] c = coded(scope.length);
    scoreScope(i, scope, c);
    final int base = scoreMin - 1;
    int cnt = 0;
    for (int k = 0; k < scope.length; k++) {
      if (c[k] != 0) {
        outCols[cnt] = scope[k];
        outScores[cnt++] = c[k] + base;
      }
    }
    return cnt;
  }

  /** Whether {@link #fillDense} applies: network mentoring and scores that fit in a byte. */
  boolean denseFillable() {
    return network && scoreMax - scoreMin + 1 <= 254;
  }

  /**
   * Scores row {@code i} against every available mentor (network mentoring) into
   * {@code out[off + t]} for the t-th available mentor: 0 when the pair is not allowed, else
   * {@code score - scoreMin + 1}.
   *
   * @return how many pairs are allowed
   */
  int fillDense(int i, byte[] out, int off) {
    int[] c = codeAvailable(i);
    for (int k = 0; k < availableCols.length; k++) {
      out[off + k] = (byte) c[k];
    }
    return allowedCount;
  }

  private int allowedCount;

  /** How many pairs the last {@link #codeAvailable} allowed. */
  int allowedCount() {
    return allowedCount;
  }

  /**
   * Scores row {@code i} against every available mentor (network mentoring): the k-th entry of
   * the returned scratch array (valid until the next call) is {@code score - scoreMin + 1} for
   * the k-th available mentor, 0 when the pair is not allowed.
   */
  int[] codeAvailable(int i) {
    int[] c = coded(availableCols.length);
    allowedCount = subjWords == 1 && tagWords == 1 ? scoreAvailable(i, c)
        : scoreScope(i, availableCols, c);
    return c;
  }

  // features of the available mentors gathered by position, for scoring a row against all
  private long[] avSub;
  private long[] avOff;
  private int[] avForm;
  private int[] avExp;
  private int[] avSchool;
  /** Byte code of the form and subject points, by the index of {@link #formChoice}. */
  private int[] formSubjCode;
  /** Scratch: the experience points of the row being scored, by the mentor's years. */
  private int[] expRow;
  private static final int NOT_ALLOWED = -(1 << 24);

  /**
   * {@link #scoreScope} against every available mentor when subjects and tags fit in one word:
   * the same scores from the mentors' features laid out by position, without indirection.
   */
  private int scoreAvailable(int i, int[] out) {
    final int width = availableCols.length;
    if (avSub == null) {
      avSub = new long[width];
      avOff = new long[width];
      avForm = new int[width];
      avExp = new int[width];
      avSchool = new int[width];
      for (int t = 0; t < width; t++) {
        int j = availableCols[t];
        avSub[t] = mentorSubj[j];
        avOff[t] = mentorOff[j];
        avForm[t] = formsMask[j] << 1;
        avExp[t] = mentorExp[j];
        avSchool[t] = mentorSchool[j];
      }
      // form and subject points plus the shift to a byte code, or far below zero when the
      // mentor leads no form allowed for the category (so the pair's sum stays negative)
      formSubjCode = new int[formPts.length];
      for (int x = 0; x < formPts.length; x++) {
        formSubjCode[x] = formChoice[x] < 0 ? NOT_ALLOWED
            : formPts[x] + ((x & 1) == 0 ? 0 : w.subjectMatch()) + 1 - scoreMin; // low bit: common subject
      }
      int maxExp = 0;
      for (int t = 0; t < width; t++) {
        maxExp = Math.max(maxExp, avExp[t]);
      }
      expRow = maxExp < 4096 ? new int[maxExp + 1] : null; // years beyond reason: computed
    }
    final long sub = menteeSubj[i];
    final long req = menteeReq[i];
    final int catBase = category[i] * 64;
    final int school = menteeSchool[i];
    final int wSame = network ? w.sameSchool() : 0;
    // the experience points of this mentee against each mentor's years
    final int[] eRow = expRow;
    final int exp = menteeExp[i] - EXP_CLAMP;
    if (eRow == null) {
      return scoreAvailableByYears(i, out);
    }
    for (int e = 0; e < eRow.length; e++) {
      int g = e - exp;
      eRow[e] = expPts[g < 0 ? 0 : (g > 2 * EXP_CLAMP ? 2 * EXP_CLAMP : g)];
    }
    final int[] fsCode = formSubjCode;
    final int[] rPts = reqPts;
    final long[] aSub = avSub;
    final long[] aOff = avOff;
    final int[] aForm = avForm;
    final int[] aExp = avExp;
    final int[] aSchool = avSchool;
    int cnt = 0;
    for (int t = 0; t < width; t++) {
      int s = fsCode[catBase + aForm[t] + ((aSub[t] & sub) != 0 ? 1 : 0)]
          + rPts[Long.bitCount(aOff[t] & req)] + eRow[aExp[t]]
          + (aSchool[t] == school ? wSame : 0);
      // allowed pairs have a code of at least 1, the others a negative sum
      int ok = ~s >>> 31;
      out[t] = Math.max(0, s);
      cnt += ok;
    }
    return finishAvailable(i, out, cnt);
  }

  /** {@link #scoreAvailable} with the experience points computed pair by pair. */
  private int scoreAvailableByYears(int i, int[] out) {
    final int width = availableCols.length;
    final long sub = menteeSubj[i];
    final long req = menteeReq[i];
    final int catBase = category[i] * 64;
    final int school = menteeSchool[i];
    final int wSame = network ? w.sameSchool() : 0;
    final int exp = menteeExp[i] - EXP_CLAMP;
    int cnt = 0;
    for (int t = 0; t < width; t++) {
      int g = avExp[t] - exp;
      int s = formSubjCode[catBase + avForm[t] + ((avSub[t] & sub) != 0 ? 1 : 0)]
          + reqPts[Long.bitCount(avOff[t] & req)]
          + expPts[g < 0 ? 0 : (g > 2 * EXP_CLAMP ? 2 * EXP_CLAMP : g)]
          + (avSchool[t] == school ? wSame : 0);
      out[t] = Math.max(0, s);
      cnt += ~s >>> 31;
    }
    return finishAvailable(i, out, cnt);
  }

  /** The pair-specific rules on a row scored against every available mentor. */
  private int finishAvailable(int i, int[] out, int cnt) {
    // the pair-specific rules: forbidden pairs, the preferred mentor, the psychologist
    final int[] forb = forbidCols[i];
    final int[] aC = adjCols[i];
    final int[] aP = adjPts[i];
    final int pref = preferredCol[i];
    if (forb.length > 0 || aC.length > 0 || pref >= 0) {
      for (int x = 0; x < aC.length; x++) {
        int t = Arrays.binarySearch(availableCols, aC[x]);
        if (t >= 0 && out[t] != 0) {
          out[t] += aP[x];
        }
      }
      if (pref >= 0) {
        int t = Arrays.binarySearch(availableCols, pref);
        if (t >= 0 && out[t] != 0) {
          out[t] += w.preferredMentor();
        }
      }
      for (int f : forb) {
        int t = Arrays.binarySearch(availableCols, f);
        if (t >= 0 && out[t] != 0) {
          out[t] = 0;
          cnt--;
        }
      }
    }
    return cnt;
  }

  boolean commonSubjects(int i, int j) {
    for (int k = 0; k < subjWords; k++) {
      if ((menteeSubj[i * subjWords + k] & mentorSubj[j * subjWords + k]) != 0) {
        return true;
      }
    }
    return false;
  }

  int commonTags(int i, int j) {
    int c = 0;
    for (int k = 0; k < tagWords; k++) {
      c += Long.bitCount(menteeReq[i * tagWords + k] & mentorOff[j * tagWords + k]);
    }
    return c;
  }

  private int experienceFor(int i, int j) {
    int g = mentorExp[j] - menteeExp[i];
    g = Math.max(-EXP_CLAMP, Math.min(EXP_CLAMP, g));
    return expPts[g + EXP_CLAMP];
  }

  // ---------------------------------------------------------------- rules and reasons (slow path)

  /**
   * The first hard rule the pair breaks, or null when the pair is allowed.
   *
   * @param ignoreCapacity check everything but the remaining capacity
   */
  HardRule violation(int i, int j, boolean ignoreCapacity) {
    MenteeInput e = mentees[i];
    MentorInput r = mentors[j];
    if (e.id() == r.id()) {
      return HardRule.SAME_PERSON;
    }
    if (!r.eligible()) {
      return HardRule.MENTOR_NOT_ELIGIBLE;
    }
    PairKey key = new PairKey(e.id(), r.id());
    if (excluded.contains(key)) {
      return HardRule.EXCLUDED_BY_CURATOR;
    }
    if (!network && menteeSchool[i] != mentorSchool[j]) {
      return HardRule.OTHER_SCHOOL;
    }
    if ((e.lineManagerId() != null && e.lineManagerId() == r.id())
        || r.subordinateIds().contains(e.id())) {
      return HardRule.MENTOR_IS_LINE_MANAGER;
    }
    if (r.lineManagerId() != null && r.lineManagerId() == e.id()) {
      return HardRule.MENTEE_IS_LINE_MANAGER;
    }
    if (verdicts.get(key) == Verdict.INCOMPATIBLE) {
      return HardRule.PSYCHOLOGIST_INCOMPATIBLE;
    }
    if (formIndex(i, j) < 0) {
      return HardRule.NO_ALLOWED_FORM;
    }
    if (!ignoreCapacity && remaining[j] <= 0) {
      return HardRule.NO_CAPACITY;
    }
    return null;
  }

  /** Index into the form tables, or -1 when the mentor leads no allowed form. */
  private int formIndex(int i, int j) {
    int idx = category[i] * 64 + formsMask[j] * 2 + (commonSubjects(i, j) ? 1 : 0);
    return formChoice[idx] < 0 ? -1 : idx;
  }

  /** The interaction form of an allowed pair. */
  InteractionForm form(int i, int j) {
    int idx = formIndex(i, j);
    return idx < 0 ? null : InteractionForm.values()[formChoice[idx]];
  }

  /** The score of a pair that passes the hard rules (capacity aside), computed by criterion. */
  int score(int i, int j) {
    int s = 0;
    for (Reason r : reasons(i, j)) {
      s += r.points();
    }
    return s;
  }

  /** The score broken down by criterion, in Russian. The points add up to the score. */
  List<Reason> reasons(int i, int j) {
    MenteeInput e = mentees[i];
    MentorInput r = mentors[j];
    List<Reason> out = new ArrayList<>(7);
    // subject
    List<String> common = new ArrayList<>();
    for (int b = 0; b < subjectNames.size(); b++) {
      if (bit(menteeSubj, i * subjWords, b) && bit(mentorSubj, j * subjWords, b)) {
        common.add(subjectNames.get(b).toLowerCase(Locale.ROOT));
      }
    }
    if (!common.isEmpty()) {
      out.add(new Reason("Совпадение предмета", w.subjectMatch(), String.join(", ", common)));
    } else {
      out.add(new Reason("Совпадение предмета", 0, "общих предметов нет"));
    }
    // form
    int idx = formIndex(i, j);
    if (idx >= 0) {
      InteractionForm f = InteractionForm.values()[formChoice[idx]];
      int allowed = rules.formsFor(e.category()).size();
      out.add(new Reason("Форма взаимодействия", formPts[idx],
          f.name() + " «" + f.title() + "» подходит категории «" + e.category().title() + "»"
              + (allowed > 1 ? " (вариант " + (formRank[idx] + 1) + " из " + allowed + ")" : "")));
    }
    // requests
    if (!e.requests().isEmpty()) {
      List<String> met = new ArrayList<>();
      for (int b = 0; b < tagNames.size(); b++) {
        if (bit(menteeReq, i * tagWords, b) && bit(mentorOff, j * tagWords, b)) {
          met.add(tagNames.get(b));
        }
      }
      int pts = reqPts[met.size()];
      out.add(new Reason("Запросы наставляемого", pts, met.isEmpty()
          ? "анкета наставника не отвечает запросам наставляемого"
          : "наставник готов помочь: " + String.join(", ", met)));
    }
    // experience
    int gap = r.experienceYears() - e.experienceYears();
    String stazh = " (стаж наставника " + years(r.experienceYears()) + ", наставляемого "
        + years(e.experienceYears()) + ")";
    out.add(new Reason("Разница в стаже", experienceFor(i, j), gap > 0
        ? "наставник опытнее на " + years(gap) + stazh
        : "наставник не опытнее наставляемого" + stazh));
    // psychologist
    Verdict v = verdicts.get(new PairKey(e.id(), r.id()));
    if (v == Verdict.COMPATIBLE) {
      out.add(new Reason("Заключение психолога", w.psychologistCompatible(), "пара совместима"));
    } else if (v == Verdict.DOUBTFUL) {
      out.add(new Reason("Заключение психолога", w.psychologistDoubtful(),
          "совместимость пары под вопросом"));
    }
    // preferred mentor
    if (e.preferredMentorId() != null) {
      if (e.preferredMentorId() == r.id()) {
        out.add(new Reason("Пожелание наставляемого", w.preferredMentor(),
            "наставляемый сам выбрал этого наставника"));
      } else if (w.preferredMentor() != 0) {
        out.add(new Reason("Пожелание наставляемого", 0,
            "наставляемый просил другого наставника"));
      }
    }
    // school under network mentoring
    if (network) {
      if (menteeSchool[i] == mentorSchool[j]) {
        out.add(new Reason("Та же школа", w.sameSchool(), "наставник работает в той же школе"));
      } else {
        out.add(new Reason("Та же школа", 0,
            "наставник из другой школы (сетевое наставничество)"));
      }
    }
    return out;
  }

  private static boolean bit(long[] bits, int base, int b) {
    return (bits[base + (b >>> 6)] & (1L << (b & 63))) != 0;
  }

  static String years(int y) {
    int a = Math.abs(y) % 100;
    int b = a % 10;
    String word;
    if (a >= 11 && a <= 14) {
      word = "лет";
    } else if (b == 1) {
      word = "год";
    } else if (b >= 2 && b <= 4) {
      word = "года";
    } else {
      word = "лет";
    }
    return y + " " + word;
  }

  int rowOf(long menteeId) {
    Integer r = rowOfId.get(menteeId);
    return r == null ? -1 : r;
  }

  int colOf(long mentorId) {
    Integer c = colOfId.get(mentorId);
    return c == null ? -1 : c;
  }
}
