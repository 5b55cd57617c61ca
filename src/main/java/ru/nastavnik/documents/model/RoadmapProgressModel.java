package ru.nastavnik.documents.model;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.roadmap.RoadmapProgress;
import ru.nastavnik.roadmap.RoadmapReports;
import ru.nastavnik.roadmap.RoadmapTable;

/**
 * Ход выполнения дорожной карты: the school's roadmap rows of the program's year as they stand
 * today, grouped by section as in the seed, each with its status (выполнено / выполняется /
 * просрочено / предстоит, with dates), and the counts per status. Without a roadmap for that year
 * the document says so. The roadmap feature is optional here (the documents module runs without it).
 */
@Component
class RoadmapProgressModel implements DocumentModelBuilder {

  private final ObjectProvider<RoadmapReports> reports;

  RoadmapProgressModel(ObjectProvider<RoadmapReports> reports) {
    this.reports = reports;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ROADMAP_PROGRESS;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    DocumentModel.Items items = model.list("items");
    model.put("roadmap.asOf", Texts.date(ctx.date()));
    var snapshot = RoadmapRows.snapshot(reports, ctx);
    if (snapshot.isEmpty()) {
      model.put("roadmap.totals", "Дорожная карта на " + ctx.program().getAcademicYear()
          + " учебный год не запущена: пунктов нет.");
      return;
    }
    RoadmapTable table = snapshot.get().table();
    model.put("roadmap.asOf", Texts.date(table.asOf()));
    RoadmapRows.add(items, table, true);
    RoadmapProgress.Counts c = snapshot.get().progress().totals();
    model.put("roadmap.totals", "Выполнено: " + c.done() + "; выполняется: " + c.inProgress() + "; просрочено: "
        + c.overdue() + "; предстоит: " + c.upcoming() + (c.notRequired() > 0 ? "; не требуется: " + c.notRequired() : "")
        + ".");
  }
}
