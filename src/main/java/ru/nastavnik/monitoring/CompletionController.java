package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * The school's methodological collection (методическая копилка): the best practices its final
 * events collected, year by year, and the final events with their materials. Curator, deputy and
 * director of the school; administrators may read any school.
 */
@RestController
public class CompletionController {

  private final CompletionService completion;
  private final CurrentUser currentUser;

  public CompletionController(CompletionService completion, CurrentUser currentUser) {
    this.completion = completion;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/schools/{code}/best-practices")
  public List<Map<String, Object>> bestPractices(@PathVariable String code) {
    requireReader(code);
    return completion.bestPractices(code).stream().map(p -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", p.getId());
      out.put("academicYear", p.getAcademicYear());
      out.put("title", p.getTitle());
      out.put("author", p.getAuthor());
      out.put("pairId", p.getPair() == null ? null : p.getPair().getId());
      out.put("description", p.getDescription());
      out.put("addedAt", p.getAddedAt().toString());
      return out;
    }).toList();
  }

  @GetMapping("/api/schools/{code}/final-events")
  public List<Map<String, Object>> finalEvents(@PathVariable String code) {
    requireReader(code);
    return completion.finalEvents(code).stream().map(e -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", e.getId());
      out.put("academicYear", e.getProgram().getAcademicYear());
      out.put("format", e.getFormat());
      out.put("date", e.getDate().toString());
      out.put("participants", e.getParticipants());
      out.put("materials", e.getMaterials());
      out.put("recordedBy", e.getRecordedBy());
      out.put("materialFilesUrl", "/api/schools/" + code + "/final-events/" + e.getId() + "/materials");
      return out;
    }).toList();
  }

  private void requireReader(String schoolCode) {
    currentUser.requireSchoolRole(schoolCode, "Методическую копилку школы видят куратор, заместитель директора и директор.",
        Role.CURATOR, Role.DEPUTY, Role.DIRECTOR);
  }
}
