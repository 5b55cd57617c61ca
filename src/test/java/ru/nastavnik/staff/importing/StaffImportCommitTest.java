package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.StaffRepository;

/**
 * Imports that really commit: the event reaches {@code @TransactionalEventListener}s only after
 * the commit, and two simultaneous imports of one file never create a person twice.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = ImportTestConfig.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StaffImportCommitTest {

  static final String SCHOOL = "commitschool";

  /** What the lead's identity sync and roadmap listeners will see. */
  @Component
  static class AfterCommit {
    final List<StaffImportedEvent> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(StaffImportedEvent e) {
      events.add(e);
    }
  }

  @Autowired StaffImportService imports;
  @Autowired StaffRepository staff;
  @Autowired SchoolRepository schools;
  @Autowired JdbcTemplate jdbc;
  @Autowired AfterCommit afterCommit;

  @BeforeEach
  void school() {
    schools.save(StaffImportServiceTest.school(SCHOOL));
    afterCommit.events.clear();
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("delete from staff_role where staff_id in (select m.id from staff_member m join school s "
        + "on s.id = m.school_id where s.code = ?)", SCHOOL);
    jdbc.update("delete from staff_member where school_id in (select id from school where code = ?)", SCHOOL);
    jdbc.update("delete from school where code = ?", SCHOOL);
  }

  @Test
  void listenersHearOfCommittedImportsOnly() {
    ImportResult ok = imports.importFile(SCHOOL, "staff.xlsx", StaffFiles.xlsx(StaffFiles.threeStaff()), "kurator");
    assertThat(afterCommit.events).singleElement().satisfies(e -> {
      assertThat(e.schoolCode()).isEqualTo(SCHOOL);
      assertThat(e.created()).isEqualTo(3);
      assertThat(e.createdStaffIds()).isEqualTo(ok.createdStaffIds());
    });

    List<List<Object>> bad = StaffFiles.threeStaff();
    bad.get(2).set(9, "not-an-email");
    imports.importFile(SCHOOL, "staff.xlsx", StaffFiles.xlsx(bad), "kurator");
    assertThat(afterCommit.events).hasSize(1);
    assertThat(staff.findBySchool(SCHOOL)).hasSize(3);
  }

  @Test
  void simultaneousImportsOfOneFileCreateEachPersonOnce() throws Exception {
    byte[] file = StaffFiles.xlsx(StaffFiles.threeStaff());
    CountDownLatch start = new CountDownLatch(1);
    Callable<Object> task = () -> {
      start.await();
      try {
        return imports.importFile(SCHOOL, "staff.xlsx", file, "kurator");
      } catch (UserFacingException e) {
        return e;
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> futures = new ArrayList<>(List.of(pool.submit(task), pool.submit(task)));
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(staff.findBySchool(SCHOOL)).hasSize(3);
      assertThat(outcomes).filteredOn(o -> o instanceof ImportResult r && r.created() == 3).hasSize(1);
      assertThat(outcomes).filteredOn(o -> !(o instanceof ImportResult r && r.created() == 3))
          .singleElement().satisfies(o -> {
            if (o instanceof ImportResult r) {
              assertThat(r.unchanged()).isEqualTo(3);
            } else {
              assertThat(((UserFacingException) o).status()).isEqualTo(409);
            }
          });
    } finally {
      pool.shutdownNow();
    }
  }
}
