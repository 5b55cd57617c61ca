package ru.nastavnik.pairing.matching;

import java.util.Set;
import ru.nastavnik.pairing.InteractionForm;

/**
 * A mentor (наставник) as the matching sees it.
 *
 * @param id person id, unique among the mentors
 * @param name display name for messages, may be null
 * @param schoolCode the school the mentor works at
 * @param subjects subjects taught (compared case-insensitively)
 * @param experienceYears teaching experience in years
 * @param forms the interaction forms the mentor can lead
 * @param offers tags from the mentor questionnaire (what the mentor can help with)
 * @param capacity how many mentees the mentor takes, 1..N (several make a group)
 * @param eligible selected, trained and consenting: only then may the mentor be paired
 * @param lineManagerId the mentor's own direct line manager, or null
 * @param subordinateIds people the mentor directly manages
 */
public record MentorInput(
    long id,
    String name,
    String schoolCode,
    Set<String> subjects,
    int experienceYears,
    Set<InteractionForm> forms,
    Set<String> offers,
    int capacity,
    boolean eligible,
    Long lineManagerId,
    Set<Long> subordinateIds) {

  public MentorInput {
    subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
    forms = forms == null ? Set.of() : Set.copyOf(forms);
    offers = offers == null ? Set.of() : Set.copyOf(offers);
    subordinateIds = subordinateIds == null ? Set.of() : Set.copyOf(subordinateIds);
  }

  /** The name for Russian messages. */
  public String displayName() {
    return name == null || name.isBlank() ? "наставник №" + id : name;
  }

  public MentorInput withCapacity(int newCapacity) {
    return new MentorInput(id, name, schoolCode, subjects, experienceYears, forms, offers,
        newCapacity, eligible, lineManagerId, subordinateIds);
  }

  public MentorInput withEligible(boolean newEligible) {
    return new MentorInput(id, name, schoolCode, subjects, experienceYears, forms, offers,
        capacity, newEligible, lineManagerId, subordinateIds);
  }
}
