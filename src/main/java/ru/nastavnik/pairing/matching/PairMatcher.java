package ru.nastavnik.pairing.matching;

/**
 * Exact pair formation (stage IV of the target model): pairs as many mentees as possible, then
 * maximises the total compatibility score, deterministically; locked pairs stay as they are and
 * excluded pairs are never proposed. Bad input comes back as Russian messages in the result;
 * only malformed input (duplicate ids, capacity below 1) throws a
 * {@link ru.nastavnik.common.UserFacingException}.
 */
public class PairMatcher {

  private final MatchingRules rules;
  /** Candidates per mentee on large graphs; 0 lets the solver choose by the number of mentors. */
  int candidatesPerMentee = 0;
  long fullGraphLimit = ExactSolver.DEFAULT_FULL_LIMIT;
  /** See {@link ExactSolver#cardinalityFirst} (tests). */
  boolean cardinalityFirst;
  /** See {@link ExactSolver#slotStart} (tests). */
  boolean slotStart = true;
  /** CPU milliseconds by step of the last {@link #match} (the benchmark prints them). */
  String lastTiming = "";

  public PairMatcher(MatchingRules rules) {
    this.rules = rules == null ? MatchingRules.defaults() : rules;
  }

  public MatchingRules rules() {
    return rules;
  }

  public MatchingResult match(MatchingProblem problem) {
    long start = System.nanoTime();
    MatchingInstance inst = new MatchingInstance(problem, rules);
    int[] rows = ResultAssembler.activeRows(inst);
    ExactSolver solver = new ExactSolver();
    solver.k = candidatesPerMentee;
    solver.fullLimit = fullGraphLimit;
    solver.cardinalityFirst = cardinalityFirst;
    solver.slotStart = slotStart;
    ExactSolver.Outcome o = solver.solve(inst, rows);
    lastTiming = o.timing;
    return ResultAssembler.assemble(inst, rows, o.col, o.allowed, true, o.certified,
        o.allowedArcs, o.candidateArcs, o.rounds, start);
  }

  /**
   * Checks one pair against the hard rules and scores it, for a curator's manual change.
   * Capacity is not checked here (the caller knows the other pairs).
   *
   * @return the broken rule, or null with the score available from {@link #explain}
   */
  public HardRule check(MatchingProblem problem, long menteeId, long mentorId) {
    MatchingInstance inst = new MatchingInstance(problem.withLocked(java.util.List.of()), rules);
    int[] at = position(inst, menteeId, mentorId);
    return inst.violation(at[0], at[1], true);
  }

  /** The score breakdown of one pair in Russian (the pair should pass {@link #check}). */
  public ProposedPair explain(MatchingProblem problem, long menteeId, long mentorId) {
    MatchingInstance inst = new MatchingInstance(problem.withLocked(java.util.List.of()), rules);
    int[] at = position(inst, menteeId, mentorId);
    return ResultAssembler.pair(inst, at[0], at[1], false);
  }

  /** Row and column of a pair, or a Russian message when either is not in the bases. */
  private static int[] position(MatchingInstance inst, long menteeId, long mentorId) {
    int i = inst.rowOf(menteeId);
    int j = inst.colOf(mentorId);
    if (i < 0 || j < 0) {
      throw new ru.nastavnik.common.UserFacingException("Наставляемый или наставник не найден в базе");
    }
    return new int[] {i, j};
  }
}
