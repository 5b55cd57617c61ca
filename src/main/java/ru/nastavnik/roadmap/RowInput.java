package ru.nastavnik.roadmap;

import java.time.LocalDate;

/**
 * A row as the curator or deputy writes it (REST body or a line of the roadmap form). On an edit,
 * fields left out (null) stay as they are; an empty string clears an optional field.
 *
 * @param kind DATED, YEAR_ROUND or TRIGGER
 * @param trigger STAFF_ARRIVED, EVENT_PLANNED, EVENT_FINISHED or ROADMAP_STARTED (trigger rows)
 * @param termDays trigger rows: working days from the event to the due date
 * @param role group id of the responsible role: director, deputy, curator, mentor, mentee, psychologist
 * @param stage a call activity of the program (CallActivity_Pairs) or its process key (stage-pairs); empty for none
 */
public record RowInput(String number, String section, String action, String resultForm, String periodText,
    String kind, LocalDate windowStart, LocalDate windowEnd, String trigger, Integer termDays, String role,
    String stage) {
}
