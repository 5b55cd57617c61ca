package ru.nastavnik.documents.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.school.School;

/** The model of any kind: common fields here, the kind's own from its builder. */
@Component
public class DocumentModels {

  private final Map<DocumentKind, DocumentModelBuilder> builders = new EnumMap<>(DocumentKind.class);

  public DocumentModels(List<DocumentModelBuilder> all) {
    for (DocumentModelBuilder b : all) {
      if (builders.put(b.kind(), b) != null) {
        throw new IllegalStateException("Two model builders for " + b.kind());
      }
    }
    for (DocumentKind k : DocumentKind.generated()) {
      if (!builders.containsKey(k)) {
        throw new IllegalStateException("No model builder for " + k);
      }
    }
  }

  /** Everything but {@code doc.number}, which the register gives under its lock. */
  public DocumentModel build(ModelContext ctx) {
    DocumentModel model = new DocumentModel();
    School s = ctx.school();
    model.put("school.fullName", s.getFullName());
    model.put("school.shortName", s.getShortName());
    model.put("school.name", s.getName());
    model.put("school.address", s.getAddress());
    model.put("school.locality", s.getLocality());
    model.put("head.title", s.getHeadTitle());
    model.put("head.name", s.getHeadName());
    model.put("head.signature", Texts.signature(s.getHeadName()));
    model.put("doc.title", ctx.kind().title());
    model.put("doc.date", Texts.date(ctx.date()));
    model.put("doc.dateText", Texts.dateText(ctx.date()));
    model.put("doc.year", ctx.date().getYear());
    model.put("program.academicYear", ctx.program().getAcademicYear());
    builders.get(ctx.kind()).fill(ctx, model);
    return model;
  }
}
