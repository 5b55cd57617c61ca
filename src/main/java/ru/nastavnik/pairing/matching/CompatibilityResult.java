package ru.nastavnik.pairing.matching;

/**
 * The school psychologist's (педагог-психолог) conclusion on one mentee–mentor pair.
 * Pairs without a conclusion are simply absent.
 */
public record CompatibilityResult(long menteeId, long mentorId, Verdict verdict) {

  public enum Verdict {
    COMPATIBLE("совместимы"),
    DOUBTFUL("совместимость под вопросом"),
    INCOMPATIBLE("несовместимы");

    private final String title;

    Verdict(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public CompatibilityResult {
    if (verdict == null) {
      throw new IllegalArgumentException("verdict is required");
    }
  }
}
