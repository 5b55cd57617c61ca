package ru.nastavnik.staff.importing;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;

/** A staff member as the REST API lists them. */
public record StaffView(
    Long id,
    String personKey,
    String username,
    String lastName,
    String firstName,
    String middleName,
    String fullName,
    String position,
    List<String> subjects,
    int experienceYears,
    LocalDate hiredOn,
    String qualificationCategory,
    String email,
    List<String> roles,
    boolean active) {

  static StaffView of(StaffMember m) {
    return new StaffView(m.getId(), m.getPersonKey(), m.getUsername(), m.getLastName(), m.getFirstName(),
        m.getMiddleName(), m.fullName(), m.getPosition(), m.subjectList(), m.getExperienceYears(), m.getHiredOn(),
        m.getQualificationCategory(), m.getEmail(), m.getRoles().stream().sorted().map(Role::groupId).toList(),
        m.isActive());
  }
}
