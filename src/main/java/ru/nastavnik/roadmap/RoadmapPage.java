package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.DATE;

import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.roadmap.RoadmapProgress.Counts;
import ru.nastavnik.roadmap.RoadmapProgress.RoleProgress;
import ru.nastavnik.roadmap.RoadmapProgress.RowProgress;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * The progress page of a school's roadmap for the curator, the deputy and the director
 * ({@code /roadmap/<school>/<2025-26>}), server-rendered, in Russian, behind the same HTTP Basic
 * login as the API ({@link RoadmapWebConfig}).
 */
@RestController
public class RoadmapPage {

  private final RoadmapReports reports;
  private final RoadmapService roadmaps;
  private final CurrentUser currentUser;

  public RoadmapPage(RoadmapReports reports, RoadmapService roadmaps, CurrentUser currentUser) {
    this.reports = reports;
    this.roadmaps = roadmaps;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/roadmap/{code}/{year}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public ResponseEntity<String> show(@PathVariable String code, @PathVariable String year) {
    try {
      currentUser.requireSchoolRole(code, "Ход дорожной карты доступен куратору, заместителю директора и директору.",
          Role.CURATOR, Role.DIRECTOR, Role.DEPUTY);
      RoadmapProgress progress = reports.progress(code, year);
      return ResponseEntity.ok(render(progress, roadmaps.zone(code)));
    } catch (UserFacingException e) {
      return ResponseEntity.status(e.status()).contentType(MediaType.valueOf("text/html;charset=UTF-8"))
          .body(html("Дорожная карта", "<p class=\"error\">" + esc(e.getMessage()) + "</p>"));
    }
  }

  static String render(RoadmapProgress p, ZoneId zone) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Дорожная карта ").append(esc(p.schoolName())).append(" на ").append(esc(p.academicYear()))
        .append(" учебный год</h1>");
    b.append("<p>Период: ").append(DATE.format(p.periodStart())).append("–").append(DATE.format(p.periodEnd()))
        .append(". Состояние на ").append(DATE.format(p.asOf().atZone(zone).toLocalDate())).append(". ")
        .append("RUNNING".equals(p.status()) ? "Дорожная карта выполняется." : "Дорожная карта завершена.")
        .append("</p>");
    b.append("<table class=\"summary\"><thead><tr><th>Ответственный</th><th>Выполнено</th><th>В работе</th>")
        .append("<th>Просрочено</th><th>Предстоит</th><th>Не потребовалось</th></tr></thead><tbody>");
    for (RoleProgress r : p.byRole()) {
      counts(b, esc(r.title()), r.counts());
    }
    counts(b, "<b>Всего</b>", p.totals());
    b.append("</tbody></table>");
    b.append("<table class=\"rows\"><thead><tr><th>№ п/п</th><th>Мероприятие</th><th>Сроки</th>")
        .append("<th>Ответственный</th><th>Статус</th></tr></thead><tbody>");
    for (RowProgress r : p.rows()) {
      b.append("<tr class=\"").append(r.state().toLowerCase()).append("\"><td>").append(esc(r.number()))
          .append("</td><td>").append(esc(r.action())).append("</td><td>").append(esc(r.period()))
          .append("</td><td>").append(esc(r.roleTitle())).append("</td><td>").append(esc(r.stateTitle()))
          .append("</td></tr>");
    }
    b.append("</tbody></table>");
    return html("Дорожная карта " + p.schoolName() + " на " + p.academicYear(), b.toString());
  }

  private static void counts(StringBuilder b, String title, Counts c) {
    b.append("<tr><td>").append(title).append("</td><td>").append(c.done()).append("</td><td>")
        .append(c.inProgress()).append("</td><td class=\"overdue\">").append(c.overdue()).append("</td><td>")
        .append(c.upcoming()).append("</td><td>").append(c.notRequired()).append("</td></tr>");
  }

  private static String html(String title, String body) {
    return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>" + esc(title) + "</title>"
        + "<style>body{font-family:sans-serif;margin:2em;}table{border-collapse:collapse;margin:1em 0;}"
        + "th,td{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left;}"
        + "tr.done td{background:#e8f5e9;}tr.overdue td{background:#ffebee;}tr.in_progress td{background:#fffde7;}"
        + "tr.cancelled td{color:#888;text-decoration:line-through;}td.overdue{color:#b71c1c;}"
        + ".error{color:#b71c1c;}</style></head><body>" + body + "</body></html>";
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
