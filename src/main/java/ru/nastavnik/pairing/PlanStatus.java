package ru.nastavnik.pairing;

import ru.nastavnik.common.UserFacingException;

/**
 * The individual plan of a pair (seed 003): the mentor drafts it, the deputy agrees it, then the
 * director approves it. Each step checks the one before, so a plan is never approved unagreed.
 */
public enum PlanStatus {
  DRAFTED,
  AGREED,
  APPROVED;

  /** The deputy agrees a drafted plan. */
  public static PlanStatus agree(PlanStatus current) {
    if (current != DRAFTED) {
      throw UserFacingException.conflict(current == null
          ? "План нельзя согласовать: наставник ещё не составил его."
          : "План уже " + (current == AGREED ? "согласован." : "утверждён."));
    }
    return AGREED;
  }

  /** The director approves an agreed plan only. */
  public static PlanStatus approve(PlanStatus current) {
    if (current != AGREED) {
      throw UserFacingException.conflict(current == APPROVED ? "План уже утверждён."
          : "План нельзя утвердить: сначала его должен согласовать заместитель директора.");
    }
    return APPROVED;
  }
}
