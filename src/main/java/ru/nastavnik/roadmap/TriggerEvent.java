package ru.nastavnik.roadmap;

/** What opens a trigger row (seed 000's frequencies). */
public enum TriggerEvent {
  ROADMAP_STARTED("При запуске наставничества в организации"),
  STAFF_ARRIVED("По мере появления новых сотрудников"),
  EVENT_PLANNED("Перед проведением стажировки или мероприятия"),
  EVENT_FINISHED("По завершении стажировки или мероприятия");

  private final String title;

  TriggerEvent(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
