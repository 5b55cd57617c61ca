package ru.nastavnik.documents.model;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.EffectivenessScore;
import ru.nastavnik.monitoring.EffectivenessScoreRepository;
import ru.nastavnik.monitoring.MonitoringReport;
import ru.nastavnik.monitoring.MonitoringReportService;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.MentoringProgram;

/**
 * Информационная справка по итогам мониторинга (seed 002 RM 3.1): the 9-indicator scores, the final
 * event that closed the year and the report's charts.
 */
@Component
class MonitoringNoteModel implements DocumentModelBuilder {

  private final EffectivenessScoreRepository scores;
  private final PairRepository pairs;
  private final ProgramPeople people;

  private final org.springframework.beans.factory.ObjectProvider<MonitoringReportService> reports;

  MonitoringNoteModel(EffectivenessScoreRepository scores, PairRepository pairs, ProgramPeople people,
      org.springframework.beans.factory.ObjectProvider<MonitoringReportService> reports) {
    this.scores = scores;
    this.pairs = pairs;
    this.people = people;
    this.reports = reports;
  }

  /** The report's charts as pictures after the text: before/after, levels of the pairs, response rates. */
  private static void charts(MonitoringReport r, DocumentModel model) {
    int n = 0;
    for (ru.nastavnik.monitoring.BarChart chart : List.of(ru.nastavnik.monitoring.MonitoringCharts.growth(r),
        ru.nastavnik.monitoring.MonitoringCharts.levels(r.levels()),
        ru.nastavnik.monitoring.MonitoringCharts.responseRates(r.responseRates()))) {
      if (!chart.categories().isEmpty()) {
        model.figure(new DocumentModel.Figure("Рисунок " + (++n) + ". " + chart.title(), chart.png(),
            ru.nastavnik.monitoring.BarChart.WIDTH, chart.height()));
      }
    }
  }

  /**
   * Section «Итоговое мероприятие»: each final event of the report (newest first) with its format, date,
   * participants, materials text and the attached files with their sizes; none held yet is said in words.
   */
  static void finalEvents(List<MonitoringReport.FinalEventResult> events, DocumentModel model) {
    model.put("finalEvent.summary", events.isEmpty() ? "Итоговое мероприятие ещё не проведено."
        : events.size() == 1 ? "Программа наставничества завершена итоговым мероприятием."
        : "Итоговые мероприятия программы наставничества (начиная с последнего): " + events.size() + ".");
    DocumentModel.Items rows = model.list("finalEvents");
    int n = 0;
    for (MonitoringReport.FinalEventResult e : events) {
      StringBuilder files = new StringBuilder();
      int f = 0;
      for (MonitoringReport.EventFile file : e.files()) {
        files.append(f == 0 ? "" : "\n").append(++f).append(". ").append(file.fileName()).append(" (")
            .append(file.readableSize()).append(')');
      }
      String materials = Texts.orDash(e.materials()).strip();
      rows.add().put("n", ++n).put("format", e.format())
          .put("date", Texts.date(LocalDate.parse(e.date())))
          .put("participants", e.participants())
          .put("materials", materials)
          .put("files", f == 0 ? "Файлы не приложены." : files);
    }
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.MONITORING_NOTE;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    MentoringProgram program = ctx.program();
    List<EffectivenessScore> all = scores.findByProgram(program.getId());
    List<EffectivenessScore> perPair = all.stream().filter(s -> s.getPair() != null).toList();
    int optimal = 0;
    int acceptable = 0;
    int unacceptable = 0;
    DocumentModel.Items rows = model.list("scores");
    int n = 0;
    for (EffectivenessScore s : perPair) {
      String level = Levels.orComputed(s.getLevel(), s.getTotal());
      switch (Levels.of(s.getTotal())) {
        case Levels.OPTIMAL -> optimal++;
        case Levels.ACCEPTABLE -> acceptable++;
        default -> unacceptable++;
      }
      MentoringPair p = s.getPair();
      rows.add().put("n", ++n).put("pair", p.getMentor().fullName() + " – " + PairSubject.menteeNames(p))
          .put("total", s.getTotal()).put("level", level);
    }
    Integer total = program.getEffectivenessTotal();
    if (total == null) {
      total = all.stream().filter(s -> s.getPair() == null).reduce((a, b) -> b).map(EffectivenessScore::getTotal)
          .orElse(null);
    }
    model.put("results.total", total == null ? "—" : total.toString());
    model.put("results.level", total == null ? "не определён" : Levels.orComputed(program.getEffectivenessLevel(), total));
    model.put("stats.pairs", pairs.findByProgram(program.getId()).stream()
        .filter(p -> p.getStatus() != MentoringPair.Status.DISSOLVED).count());
    model.put("stats.scored", perPair.size());
    model.put("stats.optimal", optimal);
    model.put("stats.acceptable", acceptable);
    model.put("stats.unacceptable", unacceptable);
    people.signer(ctx, model);
    MonitoringReportService service = reports.getIfAvailable();
    MonitoringReport report = service == null ? null : service.report(program.getId());
    finalEvents(report == null ? List.of() : report.finalEvents(), model);
    if (report != null) {
      charts(report, model);
    }
  }
}
