package ru.nastavnik.documents;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.boot.test.context.TestComponent;

/** An execution listener that fails the job once after the document was generated (a crash stand-in). */
@TestComponent("failOnce")
public class FailOnce implements ExecutionListener {

  private final AtomicBoolean armed = new AtomicBoolean();

  public void arm() {
    armed.set(true);
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (armed.getAndSet(false)) {
      throw new IllegalStateException("simulated failure after the document was generated");
    }
  }
}
