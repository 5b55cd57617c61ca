package ru.nastavnik.tasks;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tasks: {@code GET /api/tasks}, claim, form variables, complete. */
@RestController
@RequestMapping("/api/tasks")
public class TaskController {

  private final TaskWorkService work;

  public TaskController(TaskWorkService work) {
    this.work = work;
  }

  @GetMapping
  public List<TaskWorkService.TaskView> myTasks() {
    return work.myTasks();
  }

  @PostMapping("/{id}/claim")
  public ResponseEntity<Void> claim(@PathVariable String id) {
    work.claim(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/form-variables")
  public Map<String, Object> formVariables(@PathVariable String id) {
    return work.formVariables(id);
  }

  @PostMapping("/{id}/complete")
  public ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
    work.complete(id, values);
    return ResponseEntity.noContent().build();
  }
}
