package ru.nastavnik.variants;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** A school's diagram breaks the contract with the shared parts; the message lists every reason. */
public class VariantContractException extends BadUserRequestException {

  private final List<String> problems;

  public VariantContractException(String tenantId, List<String> problems) {
    super("Схема школы «" + tenantId + "» отклонена: она нарушает договорённости с общими частями программы. "
        + String.join(" ", problems.stream().map(p -> "• " + p).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
