package ru.nastavnik.documents.model;

import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;

/**
 * Assembles the data of one kind of document from the domain. The common fields (school, head,
 * date, title, register number) are filled by the generation service; a builder adds the fields
 * and lists its kind declares in {@link DocumentKind#schema()}.
 */
public interface DocumentModelBuilder {

  DocumentKind kind();

  void fill(ModelContext ctx, DocumentModel model);
}
