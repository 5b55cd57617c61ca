package ru.nastavnik.roadmap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.StaffRepository;
import ru.nastavnik.staff.importing.StaffImportService;

/**
 * The application's test context (the one the end-to-end and security tests use, so no second
 * engine starts), a school of the test's own with its staff, and the engine's clock moved by hand:
 * due timers run one by one on their due dates, as the job executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class RoadmapSpringSupport {

  static final String PASSWORD = "Test#Pass2025";
  static final String HEADER = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Педагогический стаж, лет;"
      + "Дата приёма;Квалификационная категория;E-mail;Логин;Роли\n";

  @Autowired TestRestTemplate rest;
  @Autowired SchoolRepository schools;
  @Autowired StaffRepository staff;
  @Autowired StaffImportService importer;
  @Autowired IdentitySyncService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RoadmapRepository roadmaps;
  @Autowired RoadmapRowRepository rows;
  @Autowired RoadmapNoteRepository notes;
  @Autowired TransactionTemplate tx;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A school with a director, a deputy, a curator and two teachers (no psychologist), logins prefixed. */
  void school(String code, String prefix) {
    if (schools.findByCode(code).isPresent()) {
      return;
    }
    schools.save(new School(code, "МБОУ «СОШ № " + code + "»", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № " + code + "»",
        "МБОУ «СОШ № " + code + "»", "Иванова Ирина Петровна", "Директор", "ул. Школьная, д. 5", "с. Тестовое"));
    importStaff(code, HEADER
        + "1;Иванова;Ирина;Петровна;Директор;История;25;15.08.2010;высшая;" + prefix + "dir@school.example;" + prefix + "dir;директор\n"
        + "2;Петров;Павел;Ильич;Заместитель директора по учебной работе;Математика;20;15.08.2011;высшая;" + prefix + "dep@school.example;" + prefix + "dep;заместитель\n"
        + "3;Сидорова;Светлана;Олеговна;Учитель русского языка;Русский язык;15;15.08.2012;высшая;" + prefix + "cur@school.example;" + prefix + "cur;куратор\n"
        + "4;Кузнецова;Ольга;Андреевна;Учитель биологии;Биология;12;15.08.2013;первая;" + prefix + "t1@school.example;" + prefix + "t1;\n"
        + "5;Новиков;Никита;Сергеевич;Учитель химии;Химия;1;26.08.2025;без категории;" + prefix + "t2@school.example;" + prefix + "t2;\n");
  }

  void importStaff(String code, String csv) {
    importer.importFile(code, "staff.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
    identity.syncSchool(code);
  }

  ApiClient as(String login) {
    return new ApiClient(rest, login, PASSWORD);
  }

  static void at(String moscowTime) {
    ClockUtil.setCurrentTime(RoadmapFixtures.mskDate(moscowTime));
  }

  /** Moves the clock to the time, running the school's timers on their due dates on the way. */
  void runUntil(String school, String moscowTime) {
    Instant target = RoadmapFixtures.msk(moscowTime);
    while (true) {
      List<Job> next = management.createJobQuery().tenantIdIn(school).timers().orderByJobDuedate().asc()
          .listPage(0, 1);
      if (next.isEmpty() || next.get(0).getDuedate().toInstant().isAfter(target)) {
        break;
      }
      Date due = next.get(0).getDuedate();
      if (due.after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due);
      }
      management.executeJob(next.get(0).getId());
    }
    ClockUtil.setCurrentTime(Date.from(target));
  }

  Roadmap roadmap(String school, String year) {
    return roadmaps.findBySchoolAndYear(school, year).orElseThrow();
  }

  RoadmapRow row(String school, String year, String number) {
    return tx.execute(s -> {
      RoadmapRow row = rows.findByRoadmap(roadmap(school, year).getId()).stream()
          .filter(r -> r.getNumber().equals(number)).findFirst().orElseThrow();
      row.getRoadmap().getSchool().getCode();
      return row;
    });
  }

  Task rowTask(RoadmapRow row) {
    return tasks.createTaskQuery().processInstanceId(row.getProcessInstanceId())
        .taskDefinitionKey(RoadmapProcess.ROW_TASK).singleResult();
  }

  List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).filter(g -> g != null).toList();
  }

  List<RoadmapNote.Kind> noteKinds(RoadmapRow row) {
    return tx.execute(s -> notes.findByRow(row.getId()).stream().map(RoadmapNote::getKind).toList());
  }
}
