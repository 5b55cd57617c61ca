package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.DocumentController;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * Monitoring of a school's program (seed 002 §6): the curator scores each pair on the 9 indicators
 * and records the participants' before/after measurements; the curator, deputy and director see the
 * report (JSON, or a page with charts drawn on the server); administrators see the municipal roll-up.
 * Everyone else sees only their own school.
 */
@RestController
public class MonitoringController {

  private final MonitoringService monitoring;
  private final MonitoringReportService reports;
  private final CurrentUser currentUser;

  public MonitoringController(MonitoringService monitoring, MonitoringReportService reports, CurrentUser currentUser) {
    this.monitoring = monitoring;
    this.reports = reports;
    this.currentUser = currentUser;
  }

  public record ScoreRequest(List<Integer> scores) {}

  public record GrowthRequest(Long staffId, String parameter, String stage, Integer value) {}

  @PostMapping("/api/programs/{id}/pairs/{pairId}/effectiveness")
  public Map<String, Object> scorePair(@PathVariable Long id, @PathVariable Long pairId,
      @RequestBody(required = false) ScoreRequest request) {
    requireCurator(id);
    if (request == null || request.scores() == null || request.scores().contains(null)) {
      throw new UserFacingException("Нужны оценки по всем 9 показателям.");
    }
    EffectivenessScore s = monitoring.scorePair(id, pairId, request.scores(), currentUser.userId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pairId", pairId);
    out.put("scores", s.getScores());
    out.put("total", s.getTotal());
    out.put("level", s.getLevel());
    return out;
  }

  @PostMapping("/api/programs/{id}/growth")
  public Map<String, Object> measure(@PathVariable Long id, @RequestBody(required = false) GrowthRequest request) {
    requireCurator(id);
    if (request == null || request.staffId() == null) {
      throw new UserFacingException("Укажите участника (номер сотрудника).");
    }
    if (!"before".equals(request.stage()) && !"after".equals(request.stage())) {
      throw new UserFacingException("Этап измерения — «before» (до вступления) или «after» (после завершения).");
    }
    GrowthMeasurement g = monitoring.measure(id, request.staffId(), request.parameter(), "after".equals(request.stage()),
        request.value(), currentUser.userId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("parameter", g.getParameter());
    out.put("before", g.getBefore());
    out.put("after", g.getAfter());
    out.put("change", g.change());
    return out;
  }

  @GetMapping("/api/programs/{id}/monitoring-report")
  public MonitoringReport report(@PathVariable Long id) {
    requireReader(id);
    return reports.report(id);
  }

  @GetMapping(value = "/api/programs/{id}/monitoring-report/page", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable Long id) {
    requireReader(id);
    return MonitoringPage.school(reports.report(id));
  }

  @GetMapping(value = "/api/programs/{id}/monitoring-report/charts/{chart}.png", produces = MediaType.IMAGE_PNG_VALUE)
  public ResponseEntity<byte[]> chart(@PathVariable Long id, @PathVariable String chart) {
    requireReader(id);
    MonitoringReport r = reports.report(id);
    BarChart c = switch (chart) {
      case "growth" -> MonitoringCharts.growth(r);
      case "levels" -> MonitoringCharts.levels(r.levels());
      case "responses" -> MonitoringCharts.responseRates(r.responseRates());
      default -> throw UserFacingException.notFound("Нет такой диаграммы: " + chart + ".");
    };
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(c.png());
  }

  @GetMapping("/api/monitoring/municipal")
  public MonitoringReport.Municipal municipal(@RequestParam String academicYear) {
    requireAdmin();
    return reports.municipal(academicYear);
  }

  @GetMapping(value = "/api/monitoring/municipal/page", produces = MediaType.TEXT_HTML_VALUE)
  public String municipalPage(@RequestParam String academicYear) {
    requireAdmin();
    return MonitoringPage.municipal(reports.municipal(academicYear));
  }

  /** The roll-up as an Excel workbook (one row per school and the municipality's total). */
  @GetMapping("/api/monitoring/municipal.xlsx")
  public ResponseEntity<byte[]> municipalWorkbook(@RequestParam String academicYear) {
    requireAdmin();
    return DocumentController.file(MunicipalWorkbook.xlsx(reports.municipal(academicYear)),
        "Мониторинг наставничества по муниципалитету " + academicYear.replaceAll("[^0-9]+", "-") + ".xlsx",
        MediaType.parseMediaType(DocumentService.XLSX_MIME));
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw UserFacingException.forbidden("Сводный отчёт по муниципалитету доступен только администраторам.");
    }
  }

  private void requireReader(Long programId) {
    currentUser.requireSchoolRole(reports.schoolCode(programId), "Отчёт о мониторинге видят куратор, заместитель директора и директор.",
        Role.CURATOR, Role.DEPUTY, Role.DIRECTOR);
  }

  private void requireCurator(Long programId) {
    currentUser.requireSchoolRole(reports.schoolCode(programId), "Данные мониторинга вносит куратор программы.",
        Role.CURATOR);
  }
}
