package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.PairOutcome;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairMeeting;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.staff.StaffMember;

/** Everything the domain holds about one person, across the programs of their school. */
@Component
public class PersonRecords {

  private final EntityManager em;

  public PersonRecords(EntityManager em) {
    this.em = em;
  }

  public List<MenteeProfile> menteeProfiles(Long staffId) {
    return em.createQuery("select m from MenteeProfile m where m.staff.id = ?1 order by m.id", MenteeProfile.class)
        .setParameter(1, staffId).getResultList();
  }

  public List<MentorProfile> mentorProfiles(Long staffId) {
    return em.createQuery("select m from MentorProfile m where m.staff.id = ?1 order by m.id", MentorProfile.class)
        .setParameter(1, staffId).getResultList();
  }

  /** Pairs and groups the person mentors or belongs to. */
  public List<MentoringPair> pairs(Long staffId) {
    return em.createQuery("select distinct p from MentoringPair p left join p.mentees m"
            + " where p.mentor.id = ?1 or m.id = ?1 order by p.id", MentoringPair.class)
        .setParameter(1, staffId).getResultList();
  }

  public List<PairMeeting> meetings(List<Long> pairIds) {
    if (pairIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from PairMeeting m where m.pair.id in ?1 order by m.heldOn, m.id", PairMeeting.class)
        .setParameter(1, pairIds).getResultList();
  }

  public List<ProgramRecord> records(String schoolCode) {
    return em.createQuery("select r from ProgramRecord r where r.program.school.code = ?1 order by r.recordedAt, r.id",
        ProgramRecord.class).setParameter(1, schoolCode).getResultList();
  }

  public List<Nomination> nominations(Long staffId) {
    return em.createQuery("select n from Nomination n where n.staff.id = ?1 order by n.id", Nomination.class)
        .setParameter(1, staffId).getResultList();
  }

  public MentoringProgram programOfNomination(Nomination n) {
    return em.createQuery("select n.program from Nomination n where n.id = ?1", MentoringProgram.class)
        .setParameter(1, n.getId()).getSingleResult();
  }

  public List<MentoringProgram> programs(String schoolCode) {
    return em.createQuery("select p from MentoringProgram p where p.school.code = ?1 order by p.academicYear",
        MentoringProgram.class).setParameter(1, schoolCode).getResultList();
  }
  /**
   * How the person is looked for: in their school by every form of the name no colleague shares,
   * elsewhere by the e-mail, the login and a full name nobody else bears. {@code label} and
   * {@code pseudonym} replace the mentions when the scope rewrites (a withdrawal); an export only reads.
   */
  public PersonScope scope(StaffMember person, String label, String pseudonym) {
    PersonMatcher.Name self = new PersonMatcher.Name(person.getLastName(), person.getFirstName(), person.getMiddleName());
    List<PersonMatcher.Name> schoolmates = new ArrayList<>();
    List<PersonMatcher.Name> everyoneElse = new ArrayList<>();
    for (Object[] row : em.createQuery("select s.id, s.school.id, s.lastName, s.firstName, s.middleName"
        + " from StaffMember s", Object[].class).getResultList()) {
      if (row[0].equals(person.getId())) {
        continue;
      }
      PersonMatcher.Name other = new PersonMatcher.Name((String) row[2], (String) row[3], (String) row[4]);
      everyoneElse.add(other);
      if (row[1].equals(person.getSchool().getId())) {
        schoolmates.add(other);
      }
    }
    return new PersonScope(person.getSchool().getId(), person.getSchool().getCode(),
        PersonMatcher.within(self, person.getEmail(), person.getUsername(), label, pseudonym, schoolmates),
        PersonMatcher.outside(self, person.getEmail(), person.getUsername(), label, pseudonym, everyoneElse));
  }

  /** The summing-up of the given pairs (stage VI). */
  public List<PairOutcome> pairOutcomes(List<Long> pairIds) {
    if (pairIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select o from PairOutcome o where o.pair.id in ?1 order by o.id", PairOutcome.class)
        .setParameter(1, pairIds).getResultList();
  }
}
