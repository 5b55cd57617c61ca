package ru.nastavnik.staff;

import java.util.Arrays;
import java.util.Optional;

/** A role in the program; each is a Camunda group with the same id. */
public enum Role {
  DIRECTOR("director", "Директор (руководитель организации)"),
  DEPUTY("deputy", "Заместитель директора по учебной работе"),
  CURATOR("curator", "Куратор программы наставничества"),
  MENTOR("mentor", "Наставник"),
  MENTEE("mentee", "Наставляемый"),
  PSYCHOLOGIST("psychologist", "Педагог-психолог");

  private final String groupId;
  private final String title;

  Role(String groupId, String title) {
    this.groupId = groupId;
    this.title = title;
  }

  public String groupId() {
    return groupId;
  }

  public String title() {
    return title;
  }

  public static Optional<Role> byGroupId(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}
