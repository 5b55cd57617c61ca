package ru.nastavnik.documents;

import java.util.List;
import ru.nastavnik.common.UserFacingException;

/**
 * The school's requisites that every document prints (ГОСТ Р 7.0.97-2016: organisation name, head,
 * place) are not filled in. The generation delegate turns it into the BPMN error
 * {@value #ERROR_CODE}, which routes to a task to fix them.
 */
public class MissingRequisitesException extends UserFacingException {

  public static final String ERROR_CODE = "MISSING_REQUISITES";

  private final List<String> missing;

  public MissingRequisitesException(String schoolName, List<String> missing) {
    super(422, "Не заполнены реквизиты школы «" + schoolName + "», нужные для документа: "
        + String.join(", ", missing) + ". Заполните их в карточке школы и повторите формирование документа.");
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
