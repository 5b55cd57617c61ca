package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DemoStaffFileTest {

  @Test
  void theDemoStaffKeepTheirNewcomersInLaterYears() throws Exception {
    byte[] csv = new ClassPathResource("demo/staff-starica.csv").getInputStream().readAllBytes();
    assertThat(DemoStaffFile.forYearOf(csv, LocalDate.of(2026, 9, 1))).isSameAs(csv);
    assertThat(DemoStaffFile.forYearOf(csv, LocalDate.of(2027, 8, 31))).isSameAs(csv);

    String later = new String(DemoStaffFile.forYearOf(csv, LocalDate.of(2028, 10, 5)), StandardCharsets.UTF_8);
    // Гусева came in August 2026 for 2026/27: in 2028/29 she comes in August 2028; the director's date moves alike
    assertThat(later).contains(";Гусева;Дарья;Андреевна;Учитель английского языка;Иностранный язык (английский);0;26.08.2028;")
        .contains(";Соколова;Елена;Викторовна;Директор;История;28;15.08.2014;")
        .doesNotContain("26.08.2026")
        .startsWith("\uFEFFТабельный номер;");
    // nothing else changes: same number of lines, personnel numbers and e-mails intact
    assertThat(later.lines().count()).isEqualTo(new String(csv, StandardCharsets.UTF_8).lines().count());
    assertThat(later).contains("0005;Гусева").contains("gusevada@starica.example");

    // a leap day moves to the 28th of February
    byte[] leap = "1;Иванов;Иван;Иванович;Учитель;;1;29.02.2024;;;;\n".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(DemoStaffFile.forYearOf(leap, LocalDate.of(2027, 9, 1)), StandardCharsets.UTF_8))
        .contains(";28.02.2025;");
  }
}
