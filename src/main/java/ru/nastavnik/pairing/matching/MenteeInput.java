package ru.nastavnik.pairing.matching;

import java.util.Set;
import ru.nastavnik.bases.MenteeCategory;

/**
 * A mentee (наставляемый) as the matching sees it. Ids are person (staff) ids, so a
 * mentee and a mentor with the same id are the same person.
 *
 * @param id person id, unique among the mentees
 * @param name display name for messages («Иванова А. П.»), may be null
 * @param schoolCode the school the mentee works at
 * @param subjects subjects taught (compared case-insensitively)
 * @param category the difficulty category of the mentee base
 * @param experienceYears teaching experience in years
 * @param requests tags of the mentee's requests (what they want help with)
 * @param preferredMentorId the mentor the mentee asked for, or null
 * @param lineManagerId the mentee's direct line manager, or null
 */
public record MenteeInput(
    long id,
    String name,
    String schoolCode,
    Set<String> subjects,
    MenteeCategory category,
    int experienceYears,
    Set<String> requests,
    Long preferredMentorId,
    Long lineManagerId) {

  public MenteeInput {
    subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
    requests = requests == null ? Set.of() : Set.copyOf(requests);
  }

  /** The name for Russian messages. */
  public String displayName() {
    return name == null || name.isBlank() ? "наставляемый №" + id : name;
  }
}
