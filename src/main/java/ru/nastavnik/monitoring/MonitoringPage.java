package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.BarChart.esc;

import java.util.Map;

/** The monitoring report as a self-contained HTML page: tables and inline SVG charts, no scripts or CDN. */
final class MonitoringPage {

  private MonitoringPage() {}

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title><style>body{font-family:sans-serif;margin:24px;max-width:980px}"
            + "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left}th{background:#f3f3f3}figure{margin:12px 0}</style></head><body>")
        .append("<h1>").append(esc(title)).append("</h1>");
  }

  static String school(MonitoringReport r) {
    StringBuilder h = head("Мониторинг программы наставничества — " + r.schoolName() + ", " + r.academicYear());
    h.append("<p>Оценка программы: ").append(r.programTotal() == null ? "не выставлена"
        : r.programTotal() + " из 18, уровень " + esc(r.programLevel())).append(".</p>");

    h.append("<h2>Этап 1. Качество программы: отклик на анкеты</h2>");
    h.append("<figure>").append(MonitoringCharts.responseRates(r.responseRates()).svg()).append("</figure>");
    h.append("<table><tr><th>Анкета</th><th>Опрошено</th><th>Ответили</th><th>%</th></tr>");
    for (MonitoringReport.ResponseRate rate : r.responseRates()) {
      h.append("<tr><td>").append(esc(rate.title())).append("</td><td>").append(rate.respondents()).append("</td><td>")
          .append(rate.answered()).append("</td><td>").append(rate.percent()).append("</td></tr>");
    }
    h.append("</table>");

    h.append("<h2>Этап 2. Рост участников: до и после</h2>");
    h.append("<figure>").append(MonitoringCharts.growth(r).svg()).append("</figure>");
    h.append("<table><tr><th>Участник</th><th>Параметр</th><th>До</th><th>После</th><th>Изменение</th></tr>");
    for (MonitoringReport.PersonGrowth g : r.growthPerPerson()) {
      growthRow(h, g);
    }
    h.append("</table>");

    h.append("<h2>Эффективность пар (9 показателей, максимум 18)</h2>");
    h.append("<figure>").append(MonitoringCharts.levels(r.levels()).svg()).append("</figure>");
    h.append("<table><tr><th>Пара</th><th>Баллы</th><th>Сумма</th><th>Уровень</th></tr>");
    for (MonitoringReport.PairScore p : r.pairs()) {
      h.append("<tr><td>").append(esc(p.pair())).append("</td><td>").append(esc(String.join(" ", p.scores().split(""))))
          .append("</td><td>").append(p.total()).append("</td><td>").append(esc(p.level())).append("</td></tr>");
    }
    h.append("</table>");
    pairResults(h, r);
    finalEvents(h, r);
    return h.append("</body></html>").toString();
  }

  /** Stage VI: one block per pair summed up — members, goals, comment, score and the members' growth. */
  private static void pairResults(StringBuilder h, MonitoringReport r) {
    h.append("<h2>Итоги работы наставнических пар</h2>");
    if (r.pairResults().isEmpty()) {
      h.append("<p>Итоги работы пар ещё не подведены.</p>");
      return;
    }
    for (MonitoringReport.PairResult p : r.pairResults()) {
      h.append("<section class=\"pair-result\"><h3>").append(esc(p.pair())).append("</h3>");
      h.append("<table><tr><th>Наставник</th><td>").append(esc(p.mentor())).append("</td></tr>")
          .append("<tr><th>").append(p.mentees().size() > 1 ? "Наставляемые" : "Наставляемый").append("</th><td>")
          .append(esc(String.join(", ", p.mentees()))).append("</td></tr>");
      if (p.form() != null) {
        h.append("<tr><th>Форма наставничества</th><td>").append(esc(p.form())).append("</td></tr>");
      }
      h.append("<tr><th>Цели плана</th><td>").append(esc(p.goalsText())).append("</td></tr>")
          .append("<tr><th>Результат, комментарий куратора</th><td>").append(p.comment() == null ? "—" : esc(p.comment()))
          .append("</td></tr>")
          .append("<tr><th>Эффективность пары</th><td>").append(p.total() == null ? "не оценена"
              : p.total() + " из 18, уровень " + esc(p.level())).append("</td></tr></table>");
      if (p.growth().isEmpty()) {
        h.append("<p>Измерения «до» и «после» для участников пары не проводились.</p>");
      } else {
        h.append("<table><tr><th>Участник</th><th>Параметр</th><th>До</th><th>После</th><th>Изменение</th></tr>");
        for (MonitoringReport.PersonGrowth g : p.growth()) {
          growthRow(h, g);
        }
        h.append("</table>");
      }
      h.append("</section>");
    }
  }

  /**
   * Stage VI: the final event that closed the year — format, date, participants, the materials text
   * and the attached files as links to their download.
   */
  private static void finalEvents(StringBuilder h, MonitoringReport r) {
    h.append("<h2>Итоговое мероприятие</h2>");
    if (r.finalEvents().isEmpty()) {
      h.append("<p>Итоговое мероприятие ещё не проведено.</p>");
      return;
    }
    for (MonitoringReport.FinalEventResult e : r.finalEvents()) {
      h.append("<section class=\"final-event\"><h3>").append(esc(e.format())).append(", ")
          .append(esc(russianDate(e.date()))).append("</h3>");
      h.append("<table><tr><th>Формат</th><td>").append(esc(e.format())).append("</td></tr>")
          .append("<tr><th>Дата</th><td>").append(esc(russianDate(e.date()))).append("</td></tr>")
          .append("<tr><th>Участников</th><td>").append(e.participants()).append("</td></tr>")
          .append("<tr><th>Материалы</th><td>").append(e.materials() == null ? "—"
              : esc(e.materials()).replace("\n", "<br>")).append("</td></tr></table>");
      if (e.files().isEmpty()) {
        h.append("<p>Файлы к мероприятию не приложены.</p>");
      } else {
        h.append("<p>Приложенные файлы:</p><ul class=\"final-event-files\">");
        for (MonitoringReport.EventFile f : e.files()) {
          h.append("<li><a href=\"").append(esc(f.url())).append("\">").append(esc(f.fileName())).append("</a> (")
              .append(esc(f.readableSize())).append(")</li>");
        }
        h.append("</ul>");
      }
      h.append("</section>");
    }
  }

  /** 2026-05-25 → 25.05.2026, as the documents print dates. */
  private static String russianDate(String iso) {
    return ru.nastavnik.documents.model.Texts.date(java.time.LocalDate.parse(iso));
  }

  private static void growthRow(StringBuilder h, MonitoringReport.PersonGrowth g) {
    h.append("<tr><td>").append(esc(g.person())).append("</td><td>").append(esc(g.parameter())).append("</td><td>")
        .append(dash(g.before())).append("</td><td>").append(dash(g.after())).append("</td><td>")
        .append(g.change() == null ? "—" : (g.change() > 0 ? "+" : "") + g.change()).append("</td></tr>");
  }

  static String municipal(MonitoringReport.Municipal m) {
    StringBuilder h = head("Мониторинг наставничества по муниципалитету, " + m.academicYear());
    h.append("<p>Оценено пар: ").append(m.pairsScored()).append("; отклик на анкеты: ").append(m.percent())
        .append(" %.</p>");
    h.append("<p><a href=\"/api/monitoring/municipal.xlsx?academicYear=")
        .append(esc(java.net.URLEncoder.encode(m.academicYear(), java.nio.charset.StandardCharsets.UTF_8)))
        .append("\">Скачать таблицу (Excel)</a></p>");
    h.append("<figure>").append(MonitoringCharts.levels(m.levels()).svg()).append("</figure>");
    h.append("<table><tr><th>Школа</th><th>Оценка программы</th><th>Пар оценено</th><th>Средний балл пары</th>");
    for (String level : MonitoringReportService.LEVELS) {
      h.append("<th>").append(esc(level)).append("</th>");
    }
    h.append("<th>Отклик, %</th><th>Средний рост</th></tr>");
    for (MonitoringReport.SchoolLine s : m.schools()) {
      h.append("<tr><td>").append(esc(s.schoolName())).append("</td><td>")
          .append(s.programTotal() == null ? "—" : s.programTotal() + " (" + esc(s.programLevel()) + ")")
          .append("</td><td>").append(s.pairsScored()).append("</td><td>").append(BarChart.number(s.averagePairTotal()))
          .append("</td>");
      Map<String, Integer> levels = s.levels();
      for (String level : MonitoringReportService.LEVELS) {
        h.append("<td>").append(levels.getOrDefault(level, 0)).append("</td>");
      }
      h.append("<td>").append(s.percent()).append("</td><td>").append(BarChart.number(s.averageChange()))
          .append("</td></tr>");
    }
    return h.append("</table></body></html>").toString();
  }

  private static String dash(Integer v) {
    return v == null ? "—" : v.toString();
  }
}
