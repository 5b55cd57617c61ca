package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.staff.importing.StaffFiles.HEADER;
import static ru.nastavnik.staff.importing.StaffFiles.row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/** The import against the real schema (Flyway on H2), inside a rolled-back test transaction. */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = ImportTestConfig.class)
@RecordApplicationEvents
class StaffImportServiceTest {

  static final String SCHOOL = "starica";
  static final String OTHER = "other";

  @Autowired StaffImportService imports;
  @Autowired StaffRepository staff;
  @Autowired SchoolRepository schools;
  @Autowired TestEntityManager tem;
  @Autowired ApplicationEvents events;

  static School school(String code) {
    return new School(code, "СОШ " + code, "Муниципальное бюджетное общеобразовательное учреждение " + code,
        "МБОУ «СОШ " + code + "»", "Петров С. И.", "Директор", "ул. Школьная, 1", "ст. Старица");
  }

  @BeforeEach
  void schools() {
    schools.save(school(SCHOOL));
    schools.save(school(OTHER));
  }

  private ImportResult importFile(String school, byte[] content) {
    ImportResult result = imports.importFile(school, "staff", content, "kurator");
    tem.flush();
    tem.clear();
    return result;
  }

  @Test
  void importsAWorkbookAndAnnouncesTheNewStaff() {
    ImportResult result = importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));

    assertThat(result.ok()).isTrue();
    assertThat(result.format()).isEqualTo("XLSX");
    assertThat(result).extracting(ImportResult::rows, ImportResult::created, ImportResult::updated,
        ImportResult::unchanged).containsExactly(3, 3, 0, 0);
    assertThat(result.message()).isEqualTo("Список сотрудников загружен: добавлено 3, обновлено 0, без изменений 0.");

    StaffMember ivanova = staff.findByPersonKey(SCHOOL, "1001").orElseThrow();
    assertThat(ivanova.getUsername()).isEqualTo("ivanovamp");
    assertThat(ivanova.fullName()).isEqualTo("Иванова Мария Петровна");
    assertThat(ivanova.getSubjects()).isEqualTo("Математика; Алгебра");
    assertThat(ivanova.getExperienceYears()).isEqualTo(2);
    assertThat(ivanova.getHiredOn()).isEqualTo(LocalDate.of(2024, 8, 28));
    assertThat(ivanova.getQualificationCategory()).isEqualTo("первая");
    assertThat(ivanova.getEmail()).isEqualTo("ivanova@school.example");
    assertThat(ivanova.getRoles()).isEmpty();
    StaffMember petrov = staff.findByPersonKey(SCHOOL, "1002").orElseThrow();
    assertThat(petrov.getUsername()).isEqualTo("direktor");
    assertThat(petrov.getRoles()).containsExactly(Role.DIRECTOR);
    StaffMember smirnova = staff.findByPersonKey(SCHOOL, "1003").orElseThrow();
    assertThat(smirnova.getUsername()).isEqualTo("smirnovao");
    assertThat(smirnova.getRoles()).containsExactlyInAnyOrder(Role.CURATOR, Role.MENTOR);

    assertThat(events.stream(StaffImportedEvent.class)).singleElement().satisfies(e -> {
      assertThat(e.schoolCode()).isEqualTo(SCHOOL);
      assertThat(e.created()).isEqualTo(3);
      assertThat(e.updated()).isZero();
      assertThat(e.createdStaffIds()).containsExactlyInAnyOrderElementsOf(result.createdStaffIds())
          .contains(ivanova.getId(), petrov.getId(), smirnova.getId());
    });
  }

  @Test
  void csvWithBomOrWithoutAndEitherSeparatorIsTheSameStaff() {
    assertThat(importFile(SCHOOL, StaffFiles.csv(StaffFiles.threeStaff(), ';', true)).created()).isEqualTo(3);
    for (byte[] same : List.of(StaffFiles.csv(StaffFiles.threeStaff(), ',', false),
        StaffFiles.csv(StaffFiles.threeStaff(), ',', true), StaffFiles.xlsx(StaffFiles.threeStaff()))) {
      ImportResult again = importFile(SCHOOL, same);
      assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
          .containsExactly(0, 0, 3);
    }
    assertThat(staff.findBySchool(SCHOOL)).hasSize(3);
  }

  @Test
  void reimportIsIdempotentAndUpdatesByPersonKey() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    ImportResult same = importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    assertThat(same).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(0, 0, 3);

    List<List<Object>> changed = StaffFiles.threeStaff();
    changed.get(1).set(4, "Учитель математики и информатики");
    changed.get(1).set(5, "Математика; Алгебра; Информатика");
    changed.get(1).set(6, 3);
    changed.add(row(1004, "Кузнецова", "Анна", "Игоревна", "Учитель начальных классов", "Начальные классы", 1,
        LocalDate.of(2025, 8, 25), "", "", "", ""));
    ImportResult result = importFile(SCHOOL, StaffFiles.xlsx(changed));

    assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(1, 1, 2);
    assertThat(staff.findBySchool(SCHOOL)).hasSize(4);
    StaffMember ivanova = staff.findByPersonKey(SCHOOL, "1001").orElseThrow();
    assertThat(ivanova.getUsername()).isEqualTo("ivanovamp");
    assertThat(ivanova.subjectList()).containsExactly("Математика", "Алгебра", "Информатика");
    assertThat(ivanova.getExperienceYears()).isEqualTo(3);
    assertThat(events.stream(StaffImportedEvent.class)).last()
        .satisfies(e -> assertThat(e.createdStaffIds()).hasSize(1));
  }

  @Test
  void anInvalidRowChangesNothingAndAllErrorsAreListed() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    long eventsBefore = events.stream(StaffImportedEvent.class).count();

    List<List<Object>> rows = StaffFiles.threeStaff();
    rows.get(1).set(4, "Заместитель директора");
    rows.add(row(1004, "Кузнецова", "", "", "Учитель", "Физкультура", 5, "", "", "", "", ""));
    rows.add(row(1005, "Орлов", "Павел", "", "Учитель", "Труды", "пять", "", "", "orlov@@school", "", ""));
    rows.add(row(1006, "Белов", "Игорь", "", "Учитель", "ОБЖ", 4, "", "", "", "", ""));
    ImportResult result = importFile(SCHOOL, StaffFiles.xlsx(rows));

    assertThat(result.ok()).isFalse();
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.INVALID_ROWS);
    assertThat(result.errorCount()).isEqualTo(4);
    assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(5, "Имя"),
        org.assertj.core.groups.Tuple.tuple(6, "Предметы"),
        org.assertj.core.groups.Tuple.tuple(6, "Педагогический стаж, лет"),
        org.assertj.core.groups.Tuple.tuple(6, "E-mail"));
    assertThat(result.message()).startsWith("Файл не загружен: найдено ошибок — 4.");
    assertThat(staff.findBySchool(SCHOOL)).hasSize(3);
    assertThat(staff.findByPersonKey(SCHOOL, "1001").orElseThrow().getPosition()).isEqualTo("Учитель математики");
    assertThat(events.stream(StaffImportedEvent.class)).hasSize((int) eventsBefore);

    assertThatThrownBy(result::requireSuccess).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Строка 5, столбец «Имя»: не указано имя.")
        .hasMessageContaining("Строка 6, столбец «Предметы»: неизвестный предмет «Труды»");
  }

  @Test
  void programRolesSurviveAReimportAndAdminRolesFollowTheFile() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    StaffMember ivanova = staff.findByPersonKey(SCHOOL, "1001").orElseThrow();
    ivanova.setRoles(EnumSet.of(Role.MENTEE));
    staff.save(ivanova);
    tem.flush();
    tem.clear();

    List<List<Object>> rows = StaffFiles.threeStaff();
    rows.get(3).set(11, "психолог");
    ImportResult result = importFile(SCHOOL, StaffFiles.xlsx(rows));

    assertThat(result).extracting(ImportResult::updated, ImportResult::unchanged).containsExactly(1, 2);
    assertThat(staff.findByPersonKey(SCHOOL, "1001").orElseThrow().getRoles()).containsExactly(Role.MENTEE);
    assertThat(staff.findByPersonKey(SCHOOL, "1003").orElseThrow().getRoles())
        .containsExactlyInAnyOrder(Role.PSYCHOLOGIST, Role.MENTOR);
  }

  @Test
  void columnsLeftOutOfTheFileKeepTheirValues() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    String minimal = "Табельный номер;Фамилия;Имя;Должность;Предметы;Педагогический стаж, лет\n"
        + "1001;Иванова;Мария;Учитель математики;Математика; алгебра;2\n";
    // «Математика; алгебра» unquoted would split: quote it as Excel does
    minimal = minimal.replace("Математика; алгебра", "\"Математика; алгебра\"");
    ImportResult result = importFile(SCHOOL, minimal.getBytes(StandardCharsets.UTF_8));
    assertThat(result).extracting(ImportResult::updated, ImportResult::unchanged).containsExactly(0, 1);
    StaffMember ivanova = staff.findByPersonKey(SCHOOL, "1001").orElseThrow();
    assertThat(ivanova.getMiddleName()).isEqualTo("Петровна");
    assertThat(ivanova.getEmail()).isEqualTo("ivanova@school.example");
    assertThat(ivanova.getHiredOn()).isEqualTo(LocalDate.of(2024, 8, 28));
  }

  @Test
  void generatedLoginsAreUniqueAcrossAllSchools() {
    String other = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Стаж\n"
        + "1;Иванова;Мария;Петровна;Учитель;Музыка;5\n";
    importFile(OTHER, other.getBytes(StandardCharsets.UTF_8));
    String here = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Стаж;E-mail\n"
        + "1;Иванова;Марина;Павловна;Учитель;Музыка;5;\n"
        + "2;Иванова;Мирослава;Петровна;Учитель;ИЗО;5;\n"
        + "3;Щукина;Юлия;Ярославовна;Учитель;Химия;5;\n"
        + "4;Admin;Admin;;Учитель;Химия;5;\n";
    importFile(SCHOOL, here.getBytes(StandardCharsets.UTF_8));

    assertThat(staff.findByPersonKey(OTHER, "1").orElseThrow().getUsername()).isEqualTo("ivanovamp");
    assertThat(staff.findByPersonKey(SCHOOL, "1").orElseThrow().getUsername()).isEqualTo("ivanovamp2");
    assertThat(staff.findByPersonKey(SCHOOL, "2").orElseThrow().getUsername()).isEqualTo("ivanovamp3");
    assertThat(staff.findByPersonKey(SCHOOL, "3").orElseThrow().getUsername()).isEqualTo("shchukinayy");
    assertThat(staff.findByPersonKey(SCHOOL, "4").orElseThrow().getUsername()).isEqualTo("admina");
  }

  @Test
  void loginsTakenElsewhereReservedOrChangedAreRefused() {
    importFile(OTHER, StaffFiles.xlsx(StaffFiles.threeStaff()));
    importFile(SCHOOL, "Табельный номер;Фамилия;Имя;Должность;Предметы;Стаж;Логин\n9;Лебедев;Олег;Учитель;ИЗО;4;lebedev\n"
        .getBytes(StandardCharsets.UTF_8));
    String file = "Табельный номер;Фамилия;Имя;Должность;Предметы;Стаж;Логин\n"
        + "1;Соколов;Андрей;Учитель;Физика;4;direktor\n"
        + "2;Попова;Нина;Учитель;Химия;4;Admin\n"
        + "9;Лебедев;Олег;Учитель;ИЗО;4;olebedev\n"
        + "3;Волкова;Ирина;Учитель;Химия;4;volkova\n";
    ImportResult result = importFile(SCHOOL, file.getBytes(StandardCharsets.UTF_8));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.INVALID_ROWS);
    assertThat(result.errors()).extracting(ImportError::row).containsExactly(2, 3, 4);
    assertThat(result.errors().get(0).message()).contains("уже занят");
    assertThat(result.errors().get(2).message()).contains("уже есть логин «lebedev»");
    assertThat(staff.findBySchool(SCHOOL)).hasSize(1);
  }

  @Test
  void anEmailOfAnotherStaffMemberIsADuplicatePerson() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    String file = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Стаж;E-mail\n"
        + "2001;Иванова;Мария;Петровна;Учитель;Математика;2;IVANOVA@school.example\n";
    ImportResult result = importFile(SCHOOL, file.getBytes(StandardCharsets.UTF_8));
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("E-mail");
      assertThat(e.message()).contains("уже принадлежит сотруднику Иванова Мария Петровна (табельный номер «1001»)");
    });
    assertThat(staff.findBySchool(SCHOOL)).hasSize(3);
  }

  @Test
  void aDeactivatedMemberComesBackActive() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    StaffMember ivanova = staff.findByPersonKey(SCHOOL, "1001").orElseThrow();
    ivanova.setActive(false);
    staff.save(ivanova);
    tem.flush();
    assertThat(importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff())).updated()).isEqualTo(1);
    assertThat(staff.findByPersonKey(SCHOOL, "1001").orElseThrow().isActive()).isTrue();
  }

  @Test
  void badFilesChangeNothing() {
    byte[] xlsx = StaffFiles.xlsx(StaffFiles.threeStaff());
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[0]);
    bad.add(java.util.Arrays.copyOf(xlsx, xlsx.length - 100));
    bad.add("Табельный номер;Фамилия;Имя;Должность;Предметы;Стаж;Телефон\n1;Иванова;Мария;Учитель;ИЗО;1;+7\n"
        .getBytes(StandardCharsets.UTF_8));
    bad.add(StaffFiles.xlsx(List.of(row("Отчёт"), row("ничего"))));
    for (byte[] file : bad) {
      ImportResult result = importFile(SCHOOL, file);
      assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.INVALID_FILE);
      assertThat(result.errors()).isNotEmpty();
      assertThat(result.message()).startsWith("Файл не загружен");
    }
    ImportResult columns = importFile(SCHOOL, bad.get(2));
    assertThat(columns.message()).isEqualTo(
        "Файл не загружен: ошибки в заголовках столбцов — 1. Данные не изменены.");
    assertThatThrownBy(columns::requireSuccess).hasMessageContaining(
        "Строка 1, столбец «Телефон»: неизвестный столбец «Телефон» (столбец G)");
    assertThat(importFile(SCHOOL, new byte[0]).message())
        .isEqualTo("Файл не загружен. Файл пустой. Заполните шаблон списка сотрудников и загрузите его снова.");
    assertThat(staff.findBySchool(SCHOOL)).isEmpty();
    assertThat(events.stream(StaffImportedEvent.class)).isEmpty();
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithoutReadingIt() {
    byte[] huge = new byte[50 * 1024 * 1024];
    long start = System.nanoTime();
    ImportResult result = importFile(SCHOOL, huge);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.TOO_LARGE);
    assertThat(result.errors()).singleElement().extracting(ImportError::message).asString()
        .startsWith("Файл слишком большой (50 МБ): список сотрудников принимается размером не более 5,0 МБ.");
    assertThatThrownBy(result::requireSuccess).isInstanceOf(UserFacingException.class)
        .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(413));
  }

  @Test
  void anUnknownSchoolIsNotFound() {
    assertThatThrownBy(() -> imports.importFile("nope", "f.csv", StaffTemplate.csv(), "admin"))
        .isInstanceOf(UserFacingException.class).hasMessage("Школа с кодом «nope» не найдена.")
        .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(404));
  }

  @Test
  void theTemplatesImportAsTheSamePerson() {
    assertThat(importFile(SCHOOL, StaffTemplate.xlsx()).created()).isEqualTo(1);
    assertThat(importFile(SCHOOL, StaffTemplate.csv()).unchanged()).isEqualTo(1);
  }

  @Test
  void theStaffListHasOnlyTheSchoolsOwnRows() {
    importFile(SCHOOL, StaffFiles.xlsx(StaffFiles.threeStaff()));
    importFile(OTHER, "Табельный номер;Фамилия;Имя;Должность;Предметы;Стаж\n1;Чужой;Пётр;Учитель;ИЗО;4\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(imports.staffOf(SCHOOL)).extracting(StaffView::fullName)
        .containsExactly("Иванова Мария Петровна", "Петров Сергей Иванович", "Смирнова Ольга");
    assertThat(imports.staffOf(OTHER)).extracting(StaffView::lastName).containsExactly("Чужой");
  }

  @Test
  void theDemoSchoolFileImportsCleanly() throws Exception {
    byte[] demo;
    try (var in = getClass().getResourceAsStream("/demo/staff-starica.csv")) {
      assertThat(in).as("demo staff file").isNotNull();
      demo = in.readAllBytes();
    }
    ImportResult result = importFile(SCHOOL, demo);
    assertThat(result.errors()).isEmpty();
    assertThat(result.created()).isBetween(40, 45);
    assertThat(staff.findBySchoolAndRole(SCHOOL, Role.DIRECTOR)).extracting(StaffMember::getUsername)
        .containsExactly("direktor");
    assertThat(staff.findBySchoolAndRole(SCHOOL, Role.DEPUTY)).extracting(StaffMember::getUsername)
        .containsExactly("zavuch");
    assertThat(staff.findBySchoolAndRole(SCHOOL, Role.CURATOR)).extracting(StaffMember::getUsername)
        .containsExactly("kurator");
    assertThat(staff.findBySchoolAndRole(SCHOOL, Role.PSYCHOLOGIST)).extracting(StaffMember::getUsername)
        .containsExactly("psiholog");
    assertThat(staff.findBySchool(SCHOOL)).allSatisfy(m ->
        assertThat(m.getEmail()).isEqualTo(m.getUsername() + "@starica.example"));
    assertThat(importFile(SCHOOL, demo).unchanged()).isEqualTo(result.created());
  }
}
