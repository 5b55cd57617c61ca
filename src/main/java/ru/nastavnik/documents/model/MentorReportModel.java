package ru.nastavnik.documents.model;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.EffectivenessScore;
import ru.nastavnik.monitoring.EffectivenessScoreRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairMeeting;
import ru.nastavnik.pairwork.PairMeetingRepository;

/** Отчёт наставника на педагогический совет (seed 003 end of year; seed 002 S6): the pair's meetings and score. */
@Component
class MentorReportModel implements DocumentModelBuilder {

  private final PairMeetingRepository meetings;
  private final EffectivenessScoreRepository scores;

  MentorReportModel(PairMeetingRepository meetings, EffectivenessScoreRepository scores) {
    this.meetings = meetings;
    this.scores = scores;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.MENTOR_REPORT;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    MentoringPair pair = PairSubject.require(ctx);
    model.put("mentor.name", pair.getMentor().fullName());
    model.put("mentor.position", pair.getMentor().getPosition());
    model.put("mentor.signature", Texts.signature(pair.getMentor().fullName()));
    model.put("mentee.name", PairSubject.menteeNames(pair));
    model.put("pair.form", PairsOrderModel.form(pair.getForm()));
    List<PairMeeting> list = meetings.findByPair(pair.getId());
    DocumentModel.Items rows = model.list("meetings");
    int n = 0;
    int minutes = 0;
    for (PairMeeting m : list) {
      rows.add().put("n", ++n).put("date", Texts.date(m.getHeldOn())).put("kind", m.getKind().title())
          .put("topic", m.getTopic()).put("outcome", Texts.orDash(m.getOutcome()));
      minutes += m.getDurationMinutes() == null ? 0 : m.getDurationMinutes();
    }
    model.put("stats.meetings", list.size());
    model.put("stats.hours", String.format(Locale.forLanguageTag("ru"), "%.1f", minutes / 60.0));
    EffectivenessScore score = scores.findByProgram(ctx.program().getId()).stream()
        .filter(s -> s.getPair() != null && s.getPair().getId().equals(pair.getId()))
        .reduce((a, b) -> b).orElse(null);
    model.put("results.total", score == null ? "—" : Integer.toString(score.getTotal()));
    model.put("results.level", score == null ? "оценка не проводилась" : Levels.orComputed(score.getLevel(), score.getTotal()));
  }
}
