package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.documents.Document;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocumentRepository;
import ru.nastavnik.program.MentoringProgram;

/** «от 15.08.2025 № 45-од»: the order that approved the regulation and the roadmap, once it exists. */
@Component
class ApprovalOrder {

  static final String BLANK = "от «___» ____________ 20___ г. № ______";

  private final DocumentRepository documents;

  ApprovalOrder(DocumentRepository documents) {
    this.documents = documents;
  }

  String of(MentoringProgram program) {
    return documents.findByProgramAndKind(program.getId(), DocumentKind.ORDER_REGULATION, Document.Status.ACTIVE)
        .stream().findFirst()
        .map(d -> "от " + Texts.date(d.getDate()) + " № " + d.getNumber())
        .orElse(BLANK);
  }
}
