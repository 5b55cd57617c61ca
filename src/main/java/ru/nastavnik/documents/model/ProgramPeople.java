package ru.nastavnik.documents.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/** The people documents name besides the head: who signs notes, who acknowledges orders. */
@Component
public class ProgramPeople {

  private final StaffRepository staff;

  public ProgramPeople(StaffRepository staff) {
    this.staff = staff;
  }

  /** The programme's curator, the school's curators and deputies: they run the programme. */
  public List<StaffMember> leadership(MentoringProgram program) {
    Map<Long, StaffMember> people = new LinkedHashMap<>();
    String school = program.getSchool().getCode();
    if (program.getCurator() != null) {
      people.put(program.getCurator().getId(), program.getCurator());
    }
    for (StaffMember s : staff.findBySchoolAndRole(school, Role.DEPUTY)) {
      people.putIfAbsent(s.getId(), s);
    }
    for (StaffMember s : staff.findBySchoolAndRole(school, Role.CURATOR)) {
      people.putIfAbsent(s.getId(), s);
    }
    return sorted(people.values());
  }

  /** Who signs notes: the curator, else a deputy; null when the school has neither (the head signs). */
  public StaffMember signer(MentoringProgram program) {
    if (program.getCurator() != null) {
      return program.getCurator();
    }
    List<StaffMember> deputies = staff.findBySchoolAndRole(program.getSchool().getCode(), Role.DEPUTY);
    return deputies.isEmpty() ? null : deputies.get(0);
  }

  public void signer(ModelContext ctx, DocumentModel model) {
    StaffMember signer = signer(ctx.program());
    if (signer == null) {
      model.put("signer.position", ctx.school().getHeadTitle());
      model.put("signer.signature", Texts.signature(ctx.school().getHeadName()));
    } else {
      model.put("signer.position", signer.getPosition());
      model.put("signer.signature", Texts.signature(signer.fullName()));
    }
  }

  /** The «С приказом ознакомлены» list of an order. */
  public void acquainted(DocumentModel model, List<StaffMember> people) {
    DocumentModel.Items items = model.list("acquainted");
    int n = 0;
    for (StaffMember s : people) {
      items.add().put("n", ++n).put("name", s.fullName()).put("position", s.getPosition());
    }
  }

  public static List<StaffMember> sorted(Iterable<StaffMember> people) {
    List<StaffMember> list = new ArrayList<>();
    Map<Long, Boolean> seen = new LinkedHashMap<>();
    for (StaffMember s : people) {
      if (seen.putIfAbsent(s.getId(), Boolean.TRUE) == null) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName));
    return list;
  }
}
