package ru.nastavnik.documents.model;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.roadmap.RoadmapReports;
import ru.nastavnik.roadmap.RoadmapTable;

/**
 * The rows of the roadmap table as both roadmap documents print them: the school's roadmap of the
 * program's year section by section, a section's title as a row of its own (number and other columns
 * empty), then its lines. The progress document adds the status column.
 */
final class RoadmapRows {

  private RoadmapRows() {}

  /** The school's roadmap of the program's year, if the roadmap feature is present and the school started one. */
  static Optional<RoadmapReports.Snapshot> snapshot(ObjectProvider<RoadmapReports> reports, ModelContext ctx) {
    RoadmapReports source = reports.getIfAvailable();
    return source == null ? Optional.empty()
        : source.snapshot(ctx.school().getCode(), ctx.program().getAcademicYear());
  }

  /** Adds the table's rows to {@code items}; with {@code withStatus} every row also gets its status. */
  static void add(DocumentModel.Items items, RoadmapTable table, boolean withStatus) {
    for (RoadmapTable.Section section : table.sections()) {
      if (section.title() != null && !section.title().isBlank()) {
        DocumentModel.Item title = items.add().put("n", "").put("activity", section.title()).put("result", "")
            .put("deadline", "").put("responsible", "");
        if (withStatus) {
          title.put("status", "");
        }
      }
      for (RoadmapTable.Line line : section.lines()) {
        DocumentModel.Item row = items.add().put("n", line.number()).put("activity", line.action())
            .put("result", line.resultForm()).put("deadline", line.period()).put("responsible", line.responsible());
        if (withStatus) {
          row.put("status", line.status());
        }
      }
    }
  }
}
