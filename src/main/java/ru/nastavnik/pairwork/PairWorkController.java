package ru.nastavnik.pairwork;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * A working pair: its meetings, and its early end. The curator (or the director) ends a pair with a
 * reason; the pair's process takes the «Пара завершена досрочно» message and its mentees go back to
 * the search for a mentor.
 */
@RestController
public class PairWorkController {

  private final PairWorkService work;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  public PairWorkController(PairWorkService work, RuntimeService runtime, IdentityService identity,
      CurrentUser currentUser) {
    this.work = work;
    this.runtime = runtime;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  public record EndEarlyRequest(String reason) {}

  @GetMapping("/api/pairs/{id}/meetings")
  public java.util.List<Map<String, Object>> meetings(@PathVariable Long id) {
    requireOrganiser(id);
    return work.meetings(id).stream().map(m -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("date", m.getHeldOn().toString());
      out.put("kind", m.getKind().title());
      out.put("topic", m.getTopic());
      out.put("durationMinutes", m.getDurationMinutes());
      return out;
    }).toList();
  }

  @PostMapping("/api/pairs/{id}/end-early")
  public Map<String, Object> endEarly(@PathVariable Long id, @RequestBody(required = false) EndEarlyRequest request) {
    requireOrganiser(id);
    String reason = request == null ? null : request.reason();
    MentoringPair pair = work.checkEndEarly(id, reason);
    String instance = pair.getProcessInstanceId();
    EngineContext.asSystem(identity, () -> runtime.createMessageCorrelation(ProgramProcess.PairWork.MESSAGE_ENDED_EARLY)
        .processInstanceId(instance)
        .setVariable(ProgramProcess.PairWork.END_REASON, reason.trim())
        .correlate());
    MentoringPair ended = work.pair(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pairId", id);
    out.put("status", ended.getStatus().name());
    out.put("endReason", ended.getEndReason());
    return out;
  }

  private void requireOrganiser(Long pairId) {
    currentUser.requireSchoolRole(work.schoolCode(pairId), "Досрочно завершить работу пары могут куратор и директор.",
        Role.CURATOR, Role.DIRECTOR);
  }
}
