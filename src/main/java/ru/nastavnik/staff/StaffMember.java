package ru.nastavnik.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.nastavnik.school.School;
import org.hibernate.annotations.DynamicUpdate;

/** A member of a school's staff; the source of truth for the Camunda user of the same username. */
@Entity
@DynamicUpdate
@Table(name = "staff_member")
public class StaffMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  /** Stable key within the school (табельный номер from the staff file); re-imports update by it. */
  @Column(name = "person_key", nullable = false, length = 64)
  private String personKey;

  /** Camunda user id: latin letters and digits. */
  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "middle_name")
  private String middleName;

  @Column(nullable = false)
  private String position;

  /** Subjects taught, separated by "; ". */
  @Column(length = 1000)
  private String subjects;

  /** Total teaching experience in full years. */
  @Column(name = "experience_years", nullable = false)
  private int experienceYears;

  /** Since when the person works in this school (adaptation at a new workplace). */
  @Column(name = "hired_on")
  private LocalDate hiredOn;

  /** Квалификационная категория: без категории, первая, высшая, соответствие занимаемой должности. */
  @Column(name = "qualification_category")
  private String qualificationCategory;

  private String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "line_manager_id")
  private StaffMember lineManager;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected StaffMember() {}

  public StaffMember(School school, String personKey, String username, String lastName,
      String firstName, String middleName, String position) {
    this.school = school;
    this.personKey = personKey;
    this.username = username;
    this.lastName = lastName;
    this.firstName = firstName;
    this.middleName = middleName;
    this.position = position;
  }

  /** «Иванова Мария Петровна». */
  public String fullName() {
    if (firstName.isEmpty()) {
      return lastName;
    }
    return middleName == null || middleName.isBlank()
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + middleName;
  }

  /** «Иванова М. П.» as written in orders. */
  public String shortName() {
    if (firstName.isEmpty()) {
      return lastName;
    }
    StringBuilder s = new StringBuilder(lastName).append(' ').append(firstName.charAt(0)).append('.');
    if (middleName != null && !middleName.isBlank()) {
      s.append(' ').append(middleName.charAt(0)).append('.');
    }
    return s.toString();
  }

  public List<String> subjectList() {
    if (subjects == null || subjects.isBlank()) {
      return List.of();
    }
    return Arrays.stream(subjects.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public void setSubjectList(List<String> list) {
    this.subjects = list.stream().map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining("; "));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() { return id; }
  public School getSchool() { return school; }
  public String getPersonKey() { return personKey; }
  public String getUsername() { return username; }
  public String getLastName() { return lastName; }
  public String getFirstName() { return firstName; }
  public String getMiddleName() { return middleName; }
  public String getPosition() { return position; }
  public String getSubjects() { return subjects; }
  public int getExperienceYears() { return experienceYears; }
  public LocalDate getHiredOn() { return hiredOn; }
  public String getQualificationCategory() { return qualificationCategory; }
  public String getEmail() { return email; }
  public StaffMember getLineManager() { return lineManager; }
  public boolean isActive() { return active; }
  public Set<Role> getRoles() { return roles; }

  public void setLastName(String lastName) { this.lastName = lastName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public void setMiddleName(String middleName) { this.middleName = middleName; }
  public void setPosition(String position) { this.position = position; }
  public void setExperienceYears(int experienceYears) { this.experienceYears = experienceYears; }
  public void setHiredOn(LocalDate hiredOn) { this.hiredOn = hiredOn; }
  public void setQualificationCategory(String c) { this.qualificationCategory = c; }
  public void setEmail(String email) { this.email = email; }
  public void setLineManager(StaffMember lineManager) { this.lineManager = lineManager; }
  public void setActive(boolean active) { this.active = active; }
  /**
   * Consent withdrawn (152-ФЗ ст. 21 ч. 5): the personal data go, the row stays so that pairs, orders
   * and the removal act keep their references. Name → {@code label}, login and табельный номер →
   * {@code pseudonym}; the person leaves the staff list and every role.
   */
  public void anonymise(String label, String pseudonym) {
    this.lastName = label;
    this.firstName = "";
    this.middleName = null;
    this.personKey = pseudonym;
    this.username = pseudonym;
    this.position = "—";
    this.subjects = null;
    this.experienceYears = 0;
    this.hiredOn = null;
    this.qualificationCategory = null;
    this.email = null;
    this.lineManager = null;
    this.active = false;
    this.roles.clear();
  }

  public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
