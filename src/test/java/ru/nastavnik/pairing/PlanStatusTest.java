package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ru.nastavnik.common.UserFacingException;

class PlanStatusTest {

  @Test
  void aPlanIsAgreedThenApproved() {
    assertThat(PlanStatus.approve(PlanStatus.agree(PlanStatus.DRAFTED))).isEqualTo(PlanStatus.APPROVED);
  }

  @Test
  void approvingBeforeAgreeingIsRefusedInRussian() {
    assertThatThrownBy(() -> PlanStatus.approve(PlanStatus.DRAFTED)).isInstanceOf(UserFacingException.class)
        .hasMessage("План нельзя утвердить: сначала его должен согласовать заместитель директора.");
    assertThatThrownBy(() -> PlanStatus.approve(null)).hasMessageContaining("согласовать заместитель директора");
    assertThatThrownBy(() -> PlanStatus.agree(null)).hasMessageContaining("ещё не составил");
    assertThatThrownBy(() -> PlanStatus.agree(PlanStatus.APPROVED)).hasMessageContaining("уже утверждён");
  }
}
