package ru.nastavnik.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;

/**
 * The person leaves the bases and the open work of every program: mentee and mentor profiles
 * withdrawn, pending pairs dissolved, working pairs ended early (a group goes on without them), the
 * mentees of a mentor who leaves back to the search for a mentor. Returns what the engine has to do.
 */
@Component
class ProgramExit {

  private final PersonRecords records;

  ProgramExit(PersonRecords records) {
    this.records = records;
  }

  /** A pair whose work ends because the person left. */
  record EndedPair(Long pairId, Long programId, String processInstanceId, boolean mentorLeft,
      List<Long> menteesToSupport) {}

  /** What the engine must do, and what the removal must know about the person's pairs. */
  static final class Plan {
    final List<EndedPair> ended = new ArrayList<>();
    /** Process instances (and their history) that were only about the person. */
    final Set<String> instancesAbout = new LinkedHashSet<>();
    /** Programs in which the person waited for a mentor (their support process goes). */
    final List<MentoringProgram> searchedIn = new ArrayList<>();
    /** Programs in which the person was a candidate mentor (an open interview goes). */
    final List<MentoringProgram> candidateIn = new ArrayList<>();
    /** Pairs where the person was the only mentee: their meetings' texts are about them. */
    final List<Long> ownPairs = new ArrayList<>();
    /** The labels those pairs had, which start the records of their plan and report. */
    final List<String> ownPairLabels = new ArrayList<>();
    int pairsLeft;
  }

  Plan leave(StaffMember person, String reason) {
    Plan plan = new Plan();
    for (MenteeProfile m : records.menteeProfiles(person.getId())) {
      if (m.getStatus() == MenteeProfile.Status.SEARCHING) {
        plan.searchedIn.add(m.getProgram());
      }
      m.setStatus(MenteeProfile.Status.WITHDRAWN);
    }
    for (MentorProfile m : records.mentorProfiles(person.getId())) {
      if (m.getStatus() == MentorProfile.Status.CANDIDATE) {
        plan.candidateIn.add(m.getProgram());
      }
      m.setStatus(MentorProfile.Status.WITHDRAWN);
    }
    for (MentoringPair pair : records.pairs(person.getId())) {
      boolean mentor = pair.getMentor().getId().equals(person.getId());
      boolean sole = !mentor && pair.getMentees().size() == 1;
      if (sole) {
        plan.ownPairs.add(pair.getId());
        plan.ownPairLabels.add(PairingService.label(pair));
      }
      switch (pair.getStatus()) {
        case PROPOSED, CONSENTED -> {
          if (mentor || sole) {
            pair.end(MentoringPair.Status.DISSOLVED, reason);
          } else {
            pair.getMentees().removeIf(m -> m.getId().equals(person.getId()));
          }
          plan.pairsLeft++;
        }
        case APPROVED, ACTIVE -> {
          if (mentor || sole) {
            List<Long> mentees = new ArrayList<>();
            if (mentor) {
              for (StaffMember m : pair.getMentees()) {
                mentees.add(m.getId());
                records.menteeProfiles(m.getId()).stream()
                    .filter(p -> p.getProgram().getId().equals(pair.getProgram().getId()))
                    .filter(p -> p.getStatus() == MenteeProfile.Status.PAIRED)
                    .forEach(p -> p.setStatus(MenteeProfile.Status.SEARCHING));
              }
            }
            pair.end(MentoringPair.Status.ENDED_EARLY, reason);
            plan.ended.add(new EndedPair(pair.getId(), pair.getProgram().getId(), pair.getProcessInstanceId(),
                mentor, mentees));
            if (pair.getProcessInstanceId() != null) {
              plan.instancesAbout.add(pair.getProcessInstanceId());
            }
          } else {
            pair.getMentees().removeIf(m -> m.getId().equals(person.getId()));
          }
          plan.pairsLeft++;
        }
        default -> {
          if ((mentor || sole) && pair.getProcessInstanceId() != null) {
            plan.instancesAbout.add(pair.getProcessInstanceId());
          }
        }
      }
    }
    return plan;
  }
}
