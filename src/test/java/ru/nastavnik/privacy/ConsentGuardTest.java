package ru.nastavnik.privacy;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Nobody enters the mentee base, the mentor base or a pair without the consent it needs — also
 * when a profile or a pair got there some other way, or the consent was withdrawn in between.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=privacy")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsentGuardTest {

  static final String YEAR = "2031/32";

  @Autowired ProgramService programs;
  @Autowired BaseService bases;
  @Autowired PairingService pairing;
  @Autowired ConsentService consentService;
  @Autowired ConsentRepository consents;
  @Autowired StaffRepository staff;
  @Autowired MenteeProfileRepository menteeProfiles;
  @Autowired MentorProfileRepository mentorProfiles;
  @Autowired PairRepository pairs;
  @Autowired TransactionTemplate tx;

  @Test
  void theBasesAndThePairsNeedTheirConsents() {
    MentoringProgram program = programs.ofSchool("starica").stream().filter(p -> p.getAcademicYear().equals(YEAR))
        .findFirst().orElseGet(() -> programs.start("starica", YEAR));
    Long programId = program.getId();
    StaffMember mentee = staff.findByUsername("savchenkoav").orElseThrow();
    StaffMember mentor = staff.findByUsername("tarasovavi").orElseThrow();
    LocalDate today = LocalDate.now();

    // a mentee put into the base without a consent is refused at the approval
    tx.executeWithoutResult(s -> {
      MenteeProfile p = new MenteeProfile(programs.byId(programId), staff.findById(mentee.getId()).orElseThrow(),
          MenteeCategory.YOUNG_SPECIALIST);
      p.setStatus(MenteeProfile.Status.IN_BASE);
      menteeProfiles.save(p);
    });
    assertThatThrownBy(() -> bases.approveMenteeBase(programId)).isInstanceOf(UserFacingException.class)
        .hasMessage("Савченко А. В.: нет действующего согласия «" + Consent.Purpose.PERSONAL_DATA.title()
            + "» — включение в базу наставляемых невозможно.");

    // a consent withdrawn after it was recorded does not count
    bases.recordMenteeConsents(programId, List.of(mentee.getId()), today, "письменно", "kurator");
    tx.executeWithoutResult(s -> consents.findValid(mentee.getId(), Consent.Purpose.PERSONAL_DATA)
        .forEach(c -> c.withdraw(today)));
    assertThatThrownBy(() -> bases.approveMenteeBase(programId)).hasMessageContaining("нет действующего согласия");
    bases.recordMenteeConsents(programId, List.of(mentee.getId()), today, "письменно", "kurator");
    assertThat(bases.approveMenteeBase(programId)).contains("педагогов: 1");

    // a trained mentor without a consent is not appointed
    tx.executeWithoutResult(s -> {
      MentorProfile m = new MentorProfile(programs.byId(programId), staff.findById(mentor.getId()).orElseThrow());
      m.trained("СН-1", today);
      mentorProfiles.save(m);
    });
    assertThatThrownBy(() -> bases.appointMentors(programId))
        .hasMessageContaining("Тарасова В. И.: нет действующего согласия").hasMessageContaining("назначение наставником");
    consentService.record(mentor, Consent.Purpose.PERSONAL_DATA, today, "письменно", "kurator");
    assertThat(bases.appointMentors(programId)).hasSize(1);

    // a pair needs the personal-data consents to be formed and the consents to the duties to be approved
    tx.executeWithoutResult(s -> consents.findValid(mentee.getId(), Consent.Purpose.PERSONAL_DATA)
        .forEach(c -> c.withdraw(today)));
    assertThatThrownBy(() -> pairing.formPairs(programId,
        List.of(new PairingService.PairChoice(mentee.getId(), mentor.getId(), InteractionForm.values()[0]))))
        .hasMessageContaining("Савченко А. В.: нет действующего согласия").hasMessageContaining("включение в пару");
    consentService.record(mentee, Consent.Purpose.PERSONAL_DATA, today, "письменно", "kurator");
    List<MentoringPair> formed = pairing.formPairs(programId,
        List.of(new PairingService.PairChoice(mentee.getId(), mentor.getId(), InteractionForm.values()[0])));
    tx.executeWithoutResult(s -> pairs.findById(formed.get(0).getId()).orElseThrow()
        .setStatus(MentoringPair.Status.CONSENTED));
    assertThatThrownBy(() -> pairing.approvePairs(programId))
        .hasMessageContaining("нет действующего согласия «" + Consent.Purpose.ADDITIONAL_DUTIES.title() + "»")
        .hasMessageContaining("утверждение пары");
    consentService.record(mentor, Consent.Purpose.ADDITIONAL_DUTIES, today, "письменно", "kurator");
    consentService.record(mentee, Consent.Purpose.ADDITIONAL_DUTIES, today, "письменно", "kurator");
    assertThat(pairing.approvePairs(programId)).isZero();
  }
}
