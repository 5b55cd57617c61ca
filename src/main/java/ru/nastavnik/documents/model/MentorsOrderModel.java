package ru.nastavnik.documents.model;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.staff.StaffMember;

/** Приказ о назначении наставников with the table of mentors (seed 002 RM 2.4). */
@Component
class MentorsOrderModel implements DocumentModelBuilder {

  static final List<MentorProfile.Status> APPOINTABLE =
      List.of(MentorProfile.Status.SELECTED, MentorProfile.Status.TRAINED, MentorProfile.Status.APPOINTED);

  private final MentorProfileRepository mentors;
  private final ProgramPeople people;

  MentorsOrderModel(MentorProfileRepository mentors, ProgramPeople people) {
    this.mentors = mentors;
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_MENTORS;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    List<MentorProfile> list = mentors.findByProgramAndStatus(ctx.program().getId(), APPOINTABLE);
    if (list.isEmpty()) {
      throw new DocumentDataException("Приказ о назначении наставников нельзя сформировать: в базе наставников"
          + " программы нет отобранных наставников.");
    }
    DocumentModel.Items items = model.list("mentors");
    int n = 0;
    for (MentorProfile m : list) {
      StaffMember s = m.getStaff();
      items.add().put("n", ++n).put("name", s.fullName()).put("position", s.getPosition())
          .put("subjects", Texts.orDash(String.join(", ", s.subjectList())))
          .put("experience", Texts.years(s.getExperienceYears()))
          .put("category", Texts.orDash(s.getQualificationCategory()));
    }
    model.put("stats.mentors", list.size());
    people.acquainted(model, list.stream().map(MentorProfile::getStaff).toList());
  }
}
