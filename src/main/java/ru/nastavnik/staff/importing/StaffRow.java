package ru.nastavnik.staff.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.nastavnik.staff.Role;

/** One valid staff row of the file, normalised. Absent optional columns are {@code null}. */
record StaffRow(
    int rowNumber,
    String personKey,
    String lastName,
    String firstName,
    String middleName,
    String position,
    List<String> subjects,
    int experienceYears,
    LocalDate hiredOn,
    String category,
    String email,
    String login,
    Set<Role> roles) {

  String fullName() {
    return middleName == null || middleName.isEmpty()
        ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
  }
}
