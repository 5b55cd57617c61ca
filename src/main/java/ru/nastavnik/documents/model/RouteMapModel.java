package ru.nastavnik.documents.model;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairMeeting;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.staff.StaffMember;

/**
 * Карта индивидуального образовательного маршрута педагога / план наставничества (seed 002 RM 2.6,
 * seed 003): the pair, its goal, and the steps — the meetings already logged, or the standard
 * sequence of seed 002 §3 (знакомство → пробная встреча → планирование → серия встреч → итоговая).
 */
@Component
class RouteMapModel implements DocumentModelBuilder {

  private final MenteeProfileRepository mentees;
  private final PairMeetingRepository meetings;

  RouteMapModel(MenteeProfileRepository mentees, PairMeetingRepository meetings) {
    this.mentees = mentees;
    this.meetings = meetings;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ROUTE_MAP;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    MentoringPair pair = PairSubject.require(ctx);
    List<StaffMember> team = pair.getMentees();
    model.put("mentee.name", PairSubject.menteeNames(pair));
    model.put("mentee.position", team.stream().map(StaffMember::getPosition).distinct()
        .collect(Collectors.joining(", ")));
    model.put("mentee.experience", team.stream().map(s -> Texts.years(s.getExperienceYears()))
        .collect(Collectors.joining(", ")));
    model.put("mentee.category", team.stream()
        .map(s -> mentees.findByProgramAndStaff(ctx.program().getId(), s.getId())
            .map(MenteeProfile::getCategory).map(c -> c.title()).orElse("—"))
        .distinct().collect(Collectors.joining("; ")));
    model.put("mentor.name", pair.getMentor().fullName());
    model.put("mentor.position", pair.getMentor().getPosition());
    model.put("mentor.signature", Texts.signature(pair.getMentor().fullName()));
    model.put("pair.form", PairsOrderModel.form(pair.getForm()));
    model.put("pair.goal", pair.getForm() == null
        ? "Всесторонняя поддержка педагога для успешного закрепления на месте работы и повышения"
            + " профессионального потенциала"
        : pair.getForm().goal());
    model.put("program.period", ctx.period());

    DocumentModel.Items steps = model.list("steps");
    List<PairMeeting> logged = meetings.findByPair(pair.getId());
    int n = 0;
    if (logged.isEmpty()) {
      int y = ctx.firstYear();
      String[][] plan = {
          {"Сентябрь " + y, "Встреча-знакомство", "Знакомство, выявление запросов наставляемого"},
          {"Сентябрь " + y, "Пробная рабочая встреча", "Определены сильные стороны и дефициты"},
          {"Сентябрь " + y, "Встреча-планирование", "Утверждённая карта маршрута, цели на год"},
          {"Октябрь " + y + " – апрель " + (y + 1), "Комплекс последовательных встреч: посещение уроков,"
              + " консультации, открытые уроки", "Освоенные приёмы, отзывы наставляемого"},
          {"Май " + (y + 1), "Итоговая встреча", "Подведены итоги, отчёт наставника"}};
      for (String[] s : plan) {
        steps.add().put("n", ++n).put("date", s[0]).put("activity", s[1]).put("result", s[2]);
      }
    } else {
      for (PairMeeting m : logged) {
        steps.add().put("n", ++n).put("date", Texts.date(m.getHeldOn()))
            .put("activity", m.getKind().title() + ": " + m.getTopic())
            .put("result", Texts.orDash(m.getOutcome()));
      }
    }
  }
}
