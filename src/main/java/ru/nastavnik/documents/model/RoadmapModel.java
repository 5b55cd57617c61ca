package ru.nastavnik.documents.model;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.roadmap.RoadmapReports;
import ru.nastavnik.roadmap.RoadmapTable;

/**
 * Дорожная карта: the school's own roadmap rows of the program's year (as it planned them, grouped by
 * section) when the school has started a roadmap for that year; otherwise the rows of seed 002 §9
 * (15 activities in four groups) with this school's name as the default plan. The school can also
 * override the whole template.
 */
@Component
class RoadmapModel implements DocumentModelBuilder {

  record Row(String n, String activity, String result, String deadline, String responsible) {}

  static List<Row> rows(String school) {
    return List.of(
        new Row("1.", "Нормативно-правовое обеспечение введения системы наставничества", "", "", ""),
        new Row("1.1.", "Внесение поправок в Положение о наставничестве в школе при необходимости",
            "Положение о наставничестве в школе", "Май – август", "Директор школы"),
        new Row("2.", "Организационно-методическое обеспечение введения системы наставничества", "", "", ""),
        new Row("2.1.", "Выбор форм и программ наставничества исходя из потребностей школы",
            "Программа наставничества в " + school, "Май – август", "Заместитель директора по учебной работе"),
        new Row("2.2.", "Проведение педагогического совета, посвящённого введению системы наставничества и"
            + " разработке необходимых локальных актов", "Протокол педагогического совета", "Август",
            "Директор школы"),
        new Row("2.3.", "Формирование банка наставляемых: диагностика профессиональных дефицитов молодых педагогов;"
            + " сбор дополнительной информации о запросах наставляемых; анализ данных; формирование базы данных"
            + " наставляемых", "Аналитическая справка о профессиональных дефицитах молодых педагогов."
            + " База наставляемых", "Август – сентябрь", "Заместитель директора по учебной работе"),
        new Row("2.4.", "Формирование базы наставников: собеседование с потенциальными наставниками, желающими"
            + " принять участие в программе наставничества; анализ результатов собеседования и сопоставление анкет"
            + " наставников с анкетами наставляемых; формирование базы наставников",
            "База наставников. Приказ о назначении наставников", "Август – сентябрь",
            "Заместитель директора по учебной работе"),
        new Row("2.5.", "Определение наставнических пар на учебный год",
            "Приказ о наставнических парах на учебный год", "Август", "Директор школы"),
        new Row("2.6.", "Разработка и утверждение «Карты индивидуального образовательного маршрута педагога»"
            + " наставником", "Карты индивидуального образовательного маршрута педагога", "Сентябрь",
            "Наставники, директор школы"),
        new Row("2.7.", "Проведение торжественного мероприятия для подведения итогов программы наставничества и"
            + " награждения лучших наставников", "Сценарий мероприятия, наградные документы, приказ о награждении"
            + " наставников за работу", "Май", "Директор школы"),
        new Row("2.8.", "Проведение методических семинаров с наставниками и наставляемыми по организационным и"
            + " методическим принципам осуществления наставничества", "Методические материалы по организации"
            + " наставничества для наставников и наставляемых", "В течение года",
            "Заместитель директора по учебной работе"),
        new Row("2.9.", "Обучение наставников для работы с наставляемыми",
            "Удостоверения, сертификаты о прохождении обучения", "В течение года", "Директор школы"),
        new Row("2.10.", "Организация психолого-педагогической поддержки и сопровождения наставляемых",
            "Проведённые тренинги, консультации", "В течение года", "Педагог-психолог"),
        new Row("2.11.", "Организация работы в наставнических парах (группах): регулярные встречи наставника и"
            + " наставляемого, регулярная обратная связь от участников программы", "Организационное сопровождение"
            + " наставниками наставляемых; персонализированные программы наставнических пар (групп)",
            "В течение года", "Наставники"),
        new Row("3.", "Мониторинг реализации и оценка результатов реализации программ наставничества", "", "", ""),
        new Row("3.1.", "Организация внутреннего мониторинга эффективности программы наставничества: анкетирование"
            + " участников, мониторинг личной удовлетворённости участием в программе",
            "Информационная справка по итогам мониторинга", "Апрель – май",
            "Заместитель директора по учебной работе"),
        new Row("3.2.", "Проведение итогового мероприятия по обмену опытом между наставниками",
            "Методические материалы", "Апрель", "Заместитель директора по учебной работе"),
        new Row("4.", "Информационное обеспечение введения наставничества", "", "", ""),
        new Row("4.1.", "Информирование педагогического сообщества образовательной организации о реализации"
            + " программы наставничества", "Информация на сайте образовательной организации", "Июнь – август",
            "Директор школы"));
  }

  private final ApprovalOrder approval;
  private final ObjectProvider<RoadmapReports> reports;

  RoadmapModel(ApprovalOrder approval, ObjectProvider<RoadmapReports> reports) {
    this.approval = approval;
    this.reports = reports;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ROADMAP;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    model.put("approval.order", approval.of(ctx.program()));
    DocumentModel.Items items = model.list("items");
    RoadmapReports source = reports.getIfAvailable();
    var snapshot = source == null ? java.util.Optional.<RoadmapReports.Snapshot>empty()
        : source.snapshot(ctx.school().getCode(), ctx.program().getAcademicYear());
    if (snapshot.isPresent()) {
      for (RoadmapTable.Section section : snapshot.get().table().sections()) {
        if (section.title() != null && !section.title().isBlank()) {
          items.add().put("n", "").put("activity", section.title()).put("result", "").put("deadline", "")
              .put("responsible", "");
        }
        for (RoadmapTable.Line line : section.lines()) {
          items.add().put("n", line.number()).put("activity", line.action()).put("result", line.resultForm())
              .put("deadline", line.period()).put("responsible", line.responsible());
        }
      }
      return;
    }
    for (Row r : rows(ctx.school().getShortName())) {
      items.add().put("n", r.n()).put("activity", r.activity()).put("result", r.result())
          .put("deadline", r.deadline()).put("responsible", r.responsible());
    }
  }
}
