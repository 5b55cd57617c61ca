package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.staff.importing.StaffFiles.HEADER;
import static ru.nastavnik.staff.importing.StaffFiles.row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import ru.nastavnik.staff.Role;

/** Reading and validating staff files, without a database. */
class StaffFileReaderTest {

  private final StaffFileReader reader = new StaffFileReader(StaffImportProperties.defaults());

  private StaffFileReader.Parsed read(byte[] content) throws ImportRejectedException {
    return reader.read(content);
  }

  private String rejection(byte[] content) {
    try {
      reader.read(content);
    } catch (ImportRejectedException e) {
      return e.getMessage();
    }
    throw new AssertionError("the file was not refused");
  }

  @Test
  void xlsxRowsAreNormalised() throws Exception {
    StaffFileReader.Parsed p = read(StaffFiles.xlsx(StaffFiles.threeStaff()));

    assertThat(p.errors).isEmpty();
    assertThat(p.format).isEqualTo("XLSX");
    assertThat(p.rows).hasSize(3);
    StaffRow ivanova = p.rows.get(0);
    assertThat(ivanova.rowNumber()).isEqualTo(2);
    assertThat(ivanova.personKey()).isEqualTo("1001");
    assertThat(ivanova.subjects()).containsExactly("Математика", "Алгебра");
    assertThat(ivanova.hiredOn()).isEqualTo(LocalDate.of(2024, 8, 28));
    assertThat(ivanova.email()).isEqualTo("ivanova@school.example");
    assertThat(ivanova.category()).isEqualTo("первая");
    StaffRow smirnova = p.rows.get(2);
    assertThat(smirnova.middleName()).isNull();
    assertThat(smirnova.subjects()).containsExactly("Иностранный язык (английский)", "Иностранный язык (немецкий)");
    assertThat(smirnova.roles()).containsExactlyInAnyOrder(Role.CURATOR, Role.MENTOR);
  }

  @Test
  void csvWithBomSemicolonAndCommaReadsLikeTheWorkbook() throws Exception {
    List<StaffRow> fromXlsx = read(StaffFiles.xlsx(StaffFiles.threeStaff())).rows;
    for (char separator : new char[] {';', ','}) {
      for (boolean bom : new boolean[] {true, false}) {
        StaffFileReader.Parsed p = read(StaffFiles.csv(StaffFiles.threeStaff(), separator, bom));
        assertThat(p.errors).as("separator %s, BOM %s", separator, bom).isEmpty();
        assertThat(p.format).isEqualTo("CSV");
        assertThat(p.rows).usingRecursiveFieldByFieldElementComparator().isEqualTo(fromXlsx);
      }
    }
  }

  @Test
  void headersIgnoreCaseSpacesOrderAndTitleRowsAbove() throws Exception {
    String csv = "Список педагогических работников на 01.09.2025\n\n"
        + "  ФАМИЛИЯ ; имя;Должность;табельный   номер;ПРЕДМЕТЫ;Педагогический стаж;Е-mail\n"
        + "Кузнецова;Анна;Учитель начальных классов;77;Начальная школа;12;\"kuz@school.example\"\n";
    StaffFileReader.Parsed p = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(p.errors).isEmpty();
    assertThat(p.rows).singleElement().satisfies(r -> {
      assertThat(r.rowNumber()).isEqualTo(4);
      assertThat(r.personKey()).isEqualTo("77");
      assertThat(r.subjects()).containsExactly("Начальные классы");
      assertThat(r.experienceYears()).isEqualTo(12);
    });
  }

  @Test
  void fullNameColumnAndQuotedLineBreaksAreAccepted() throws Exception {
    String csv = "Табельный номер;ФИО;Должность;Предметы;Стаж\n"
        + "5;Мамедов Рашид Ибрагим оглы;\"Учитель\nфизики\";\"Физика; Астрономия\";7\n";
    StaffFileReader.Parsed p = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(p.errors).isEmpty();
    StaffRow r = p.rows.get(0);
    assertThat(r.lastName()).isEqualTo("Мамедов");
    assertThat(r.firstName()).isEqualTo("Рашид");
    assertThat(r.middleName()).isEqualTo("Ибрагим оглы");
    assertThat(r.position()).isEqualTo("Учитель физики");
    assertThat(r.subjects()).containsExactly("Физика", "Астрономия");
  }

  @Test
  void everyRowErrorIsListedWithRowAndColumn() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(HEADER));
    rows.add(row(1, "Иванова", "Мария", "Петровна", "Учитель", "Математика", 3, "", "", "", "", ""));
    rows.add(row(2, "", "", "", "Учитель", "Математика", 3, "", "", "", "", ""));
    rows.add(row(3, "Орлов", "Павел", "", "Учитель", "Матиматика; Астрология", "три", "", "", "orlov@", "", ""));
    rows.add(row(4, "Зуев", "Иван", "", "Учитель", "Физика", -2, "31.02.2024", "вторая", "", "zuev ivan", "завхоз"));
    rows.add(row(5, "Белова", "Анна", "", "", "", 61, "", "", "", "", ""));
    rows.add(row(1, "Носова", "Вера", "", "Учитель", "Химия", 10, "", "", "", "", ""));
    rows.add(row(7, "Иванова", "Мария", "Петровна", "Учитель", "Математика", 3, "", "", "", "", ""));

    StaffFileReader.Parsed p = read(StaffFiles.xlsx(rows));

    assertThat(p.errors).extracting(ImportError::row, ImportError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "Фамилия"),
        org.assertj.core.groups.Tuple.tuple(3, "Имя"),
        org.assertj.core.groups.Tuple.tuple(4, "Предметы"),
        org.assertj.core.groups.Tuple.tuple(4, "Предметы"),
        org.assertj.core.groups.Tuple.tuple(4, "Педагогический стаж, лет"),
        org.assertj.core.groups.Tuple.tuple(4, "E-mail"),
        org.assertj.core.groups.Tuple.tuple(5, "Педагогический стаж, лет"),
        org.assertj.core.groups.Tuple.tuple(5, "Дата приёма"),
        org.assertj.core.groups.Tuple.tuple(5, "Квалификационная категория"),
        org.assertj.core.groups.Tuple.tuple(5, "Логин"),
        org.assertj.core.groups.Tuple.tuple(5, "Роли"),
        org.assertj.core.groups.Tuple.tuple(6, "Должность"),
        org.assertj.core.groups.Tuple.tuple(6, "Педагогический стаж, лет"),
        org.assertj.core.groups.Tuple.tuple(7, "Табельный номер"),
        org.assertj.core.groups.Tuple.tuple(8, "Фамилия"));
    assertThat(p.errors.get(0).message()).isEqualTo("не указана фамилия.");
    assertThat(p.errors.get(2).message()).contains("«Матиматика»", "возможно, имелся в виду «Математика»");
    assertThat(p.errors.get(3).message()).contains("неизвестный предмет «Астрология»");
    assertThat(p.errors.get(4).message()).contains("числом полных лет", "«три»");
    assertThat(p.errors.get(6).message()).contains("отрицательным");
    assertThat(p.errors.get(12).message()).contains("больше 60");
    assertThat(p.errors.get(13).message()).contains("уже указан в строке 2");
    assertThat(p.errors.get(14).describe()).startsWith("Строка 8, столбец «Фамилия»: Иванова Мария Петровна")
        .contains("строке 2");
  }

  @Test
  void sameEmailTwiceIsADuplicateButNamesakesWithDifferentEmailsAreNot() throws Exception {
    String csv = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Стаж;E-mail\n"
        + "1;Иванова;Мария;Петровна;Учитель;Музыка;5;mp@school.example\n"
        + "2;Иванова;Мария;Петровна;Учитель;ИЗО;9;ivanova.m@school.example\n"
        + "3;Иванова;Мария;Петровна;Учитель;ИЗО;9;MP@school.example\n";
    StaffFileReader.Parsed p = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(p.errors).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(4);
      assertThat(e.column()).isEqualTo("E-mail");
      assertThat(e.message()).contains("уже указан в строке 2");
    });
  }

  @Test
  void unknownAndMissingColumnsAreReportedAtTheHeader() throws Exception {
    String csv = "Табельный номер;Фамилия;Имя;Дата рождения;СНИЛС;Предметы\n1;Иванова;Мария;01.01.1990;123;Музыка\n";
    StaffFileReader.Parsed p = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(p.outcome).isEqualTo(ImportResult.Outcome.INVALID_FILE);
    assertThat(p.errors).extracting(ImportError::row).containsOnly(1);
    assertThat(p.errors).extracting(ImportError::column)
        .containsExactly("Должность", "Педагогический стаж, лет", "Дата рождения", "СНИЛС");
    assertThat(p.errors.get(0).message()).isEqualTo(
        "нет обязательного столбца «Должность». Проверьте заголовки или возьмите шаблон файла.");
    assertThat(p.errors.get(2).message()).startsWith("неизвестный столбец «Дата рождения» (столбец D)");
  }

  @Test
  void dataUnderAColumnWithoutTitleIsAnError() throws Exception {
    String csv = "Табельный номер;Фамилия;Имя;Должность;Предметы;Стаж;\n1;Иванова;Мария;Учитель;Музыка;5;лишнее\n";
    StaffFileReader.Parsed p = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(p.errors).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("столбец G");
    });
  }

  @Test
  void emptyFilesAreRefused() {
    assertThat(rejection(new byte[0])).startsWith("файл пустой");
    assertThat(rejection(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).startsWith("файл пустой");
    assertThat(rejection("\r\n;;;\r\n\r\n".getBytes(StandardCharsets.UTF_8))).startsWith("файл пустой");
    assertThat(rejection(StaffFiles.xlsx(List.of()))).contains("книга Excel пустая");
    assertThat(rejection(StaffFiles.xlsx(List.of(new ArrayList<>(HEADER)))))
        .contains("нет ни одной строки с сотрудниками");
  }

  @Test
  void brokenFilesAreRefusedWithAReason() {
    byte[] xlsx = StaffFiles.xlsx(StaffFiles.threeStaff());
    byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
    assertThat(rejection(truncated)).contains("повреждён");
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    assertThat(rejection(random)).contains("не является ни книгой Excel (.xlsx), ни текстовым файлом CSV");
    byte[] binaryButUtf8 = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0};
    assertThat(rejection(binaryButUtf8)).contains("двоичные данные");
    assertThat(rejection(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4}))
        .contains("Excel 97–2003 (.xls)");
    assertThat(rejection("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("документ PDF");
    assertThat(rejection(StaffFiles.zipWith("word/document.xml"))).contains("документ Word");
    assertThat(rejection(StaffFiles.zipWith("readme.txt"))).contains("архив ZIP без книги");
    assertThat(rejection("Табельный номер;Фамилия\n\"1;Иванова\n".getBytes(StandardCharsets.UTF_8)))
        .contains("кавычка");
  }

  @Test
  void windows1251CsvGetsAnEncodingHint() {
    byte[] cp1251 = "Табельный номер;Фамилия;Имя\n1;Иванова;Мария\n".getBytes(Charset.forName("windows-1251"));
    assertThat(rejection(cp1251)).contains("Windows-1251", "CSV UTF-8");
  }

  @Test
  void workbookWithoutAnyHeaderNamesItsSheets() {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Лист1", List.of(row("Отчёт о работе"), row("Всего", 12)));
    sheets.put("Итоги", List.of(row("нет данных")));
    assertThat(rejection(StaffFiles.xlsx(sheets))).contains("ни на одном листе книги («Лист1», «Итоги»)",
        "«Сотрудники»");
  }

  @Test
  void theStaffSheetIsFoundByNameOrByItsHeader() throws Exception {
    Map<String, List<List<Object>>> named = new LinkedHashMap<>();
    named.put("Инструкция", StaffFiles.threeStaff().subList(0, 2));
    named.put("сотрудники", StaffFiles.threeStaff());
    assertThat(read(StaffFiles.xlsx(named)).rows).hasSize(3);

    Map<String, List<List<Object>>> unnamed = new LinkedHashMap<>();
    unnamed.put("Пояснения", List.of(row("Заполните второй лист")));
    unnamed.put("Данные", StaffFiles.threeStaff());
    assertThat(read(StaffFiles.xlsx(unnamed)).rows).hasSize(3);
  }

  @Test
  void csvWithoutHeaderIsRefused() {
    String csv = "1;Иванова;Мария;Учитель;Музыка;5\n2;Петров;Иван;Учитель;ИЗО;3\n";
    assertThat(rejection(csv.getBytes(StandardCharsets.UTF_8))).contains("не найдена строка заголовков");
  }

  @Test
  void zipBombIsRefusedBeforePoiReadsIt() {
    byte[] bomb = StaffFiles.zipBomb(DataSize.ofMegabytes(120).toBytes());
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThat(rejection(bomb)).contains("zip-бомбу");
  }

  @Test
  void poiRefusesAnInflationRatioThatOurTotalCapAllows() {
    byte[] bomb = StaffFiles.zipBomb(DataSize.ofMegabytes(40).toBytes());
    assertThat(rejection(bomb)).contains("zip-бомбу");
  }

  @Test
  void rowLimitIsEnforced() {
    StaffFileReader small = new StaffFileReader(
        new StaffImportProperties(DataSize.ofMegabytes(5), 3, DataSize.ofMegabytes(100), 1000));
    List<List<Object>> rows = new ArrayList<>(StaffFiles.threeStaff());
    rows.add(row(1004, "Орлова", "Анна", "", "Учитель", "Химия", 1, "", "", "", "", ""));
    assertThatThrownBy(() -> small.read(StaffFiles.xlsx(rows)))
        .hasMessageContaining("больше 3 строк");
    assertThatThrownBy(() -> small.read(StaffFiles.csv(rows, ';', true)))
        .hasMessageContaining("больше 3 строк");
  }

  @Test
  void templatesParseBack() throws Exception {
    for (byte[] template : List.of(StaffTemplate.xlsx(), StaffTemplate.csv())) {
      StaffFileReader.Parsed p = read(template);
      assertThat(p.errors).isEmpty();
      assertThat(p.rows).singleElement().satisfies(r -> {
        assertThat(r.personKey()).isEqualTo("000123");
        assertThat(r.fullName()).isEqualTo("Иванова Мария Петровна");
        assertThat(r.hiredOn()).isEqualTo(LocalDate.of(2025, 8, 28));
      });
    }
  }
}
