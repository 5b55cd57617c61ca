package ru.nastavnik.roadmap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramStartedEvent;
import ru.nastavnik.staff.importing.StaffImportedEvent;

/** Where the rest of the application drives the roadmap: a program starts, new staff arrive. */
@Component
public class RoadmapHooks {

  private final RoadmapService roadmaps;
  private final RoadmapRowService rows;
  private final ProgramRepository programs;

  public RoadmapHooks(RoadmapService roadmaps, RoadmapRowService rows, ProgramRepository programs) {
    this.roadmaps = roadmaps;
    this.rows = rows;
    this.programs = programs;
  }

  /**
   * The roadmap of the program's year starts with the program, in the same transaction (a roadmap
   * that cannot start — its period overlaps another running roadmap — refuses the program's start
   * with the roadmap's message). An existing roadmap of that year is linked to the program.
   */
  @EventListener
  public void programStarted(ProgramStartedEvent event) {
    roadmaps.startWithProgram(programs.findById(event.programId()).orElseThrow());
  }

  /**
   * New staff arrived (committed): rows «по мере появления новых сотрудников» open, in a
   * transaction of their own (the import's is already committed).
   */
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void staffImported(StaffImportedEvent event) {
    if (event.created() > 0) {
      rows.eventHappened(event.schoolCode(), TriggerEvent.STAFF_ARRIVED,
          "Приняты новые сотрудники: " + event.created() + ".");
    }
  }
}
