package ru.nastavnik.documents;

import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER;
import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT;
import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import ru.nastavnik.pairing.InteractionForm;

/**
 * Writes the built-in DOCX templates to {@code src/main/resources/documents/templates}. They were
 * made once with this class and are committed; schools then edit copies in Word or LibreOffice.
 * Regenerate (overwrites every built-in template) from the project root:
 *
 * <pre>
 * mvn -B -o test-compile
 * mvn -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) ru.nastavnik.documents.TemplateGenerator
 * # only some: … TemplateGenerator src/main/resources/documents/templates ROADMAP_PROGRESS
 * </pre>
 *
 * Orders follow ГОСТ Р 7.0.97-2016: organisation name (08), document type «ПРИКАЗ» (10), date (11)
 * and number (12), place (14), heading «О …» (17), text with «ПРИКАЗЫВАЮ:» and numbered points (18),
 * signature with the head's title and initials before the surname (22), and the «С приказом
 * ознакомлены» list.
 */
public final class TemplateGenerator {

  private static final ParagraphAlignment[] SIGN = {LEFT, CENTER, RIGHT};
  private static final int[] SIGN_WIDTHS = {45, 25, 30};
  private static final String NPA = "Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской"
      + " Федерации», письмом Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08"
      + " «О направлении методических рекомендаций» (вместе с «Методическими рекомендациями по разработке и"
      + " внедрению системы (целевой модели) наставничества педагогических работников в образовательных"
      + " организациях»)";
  private static final String CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой.";

  private TemplateGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/documents/templates");
    Files.createDirectories(dir);
    java.util.Set<String> only = java.util.Arrays.stream(args).skip(1).collect(java.util.stream.Collectors.toSet());
    for (Map.Entry<DocumentKind, byte[]> e : all().entrySet()) {
      if (args.length > 1 && !only.contains(e.getKey().name())) {
        continue;
      }
      Files.write(dir.resolve(e.getKey().templateFile()), e.getValue());
      System.out.println("written " + dir.resolve(e.getKey().templateFile()));
    }
  }

  /** Every built-in template, generated in memory. */
  static Map<DocumentKind, byte[]> all() throws IOException {
    Map<DocumentKind, byte[]> out = new EnumMap<>(DocumentKind.class);
    out.put(DocumentKind.ORDER_ORGANISATION, order(TemplateGenerator::organisation));
    out.put(DocumentKind.ORDER_REGULATION, order(TemplateGenerator::regulationOrder));
    out.put(DocumentKind.ORDER_CURATOR, order(TemplateGenerator::curator));
    out.put(DocumentKind.ORDER_MENTORS, order(TemplateGenerator::mentors));
    out.put(DocumentKind.ORDER_PAIRS, order(TemplateGenerator::pairs));
    out.put(DocumentKind.ORDER_AWARDS, order(TemplateGenerator::awards));
    out.put(DocumentKind.ORDER_RESULTS, order(TemplateGenerator::results));
    out.put(DocumentKind.REGULATION, doc(false, 14, TemplateGenerator::regulation));
    out.put(DocumentKind.ROADMAP, doc(true, 12, TemplateGenerator::roadmap));
    out.put(DocumentKind.ROADMAP_PROGRESS, doc(true, 11, TemplateGenerator::roadmapProgress));
    out.put(DocumentKind.ANALYTIC_NOTE, doc(false, 14, TemplateGenerator::analyticNote));
    out.put(DocumentKind.ROUTE_MAP, doc(false, 12, TemplateGenerator::routeMap));
    out.put(DocumentKind.MONITORING_NOTE, doc(false, 14, TemplateGenerator::monitoringNote));
    out.put(DocumentKind.MENTOR_REPORT, doc(false, 14, TemplateGenerator::mentorReport));
    out.put(DocumentKind.CONSENT_PERSONAL_DATA, doc(false, 12, TemplateGenerator::consent));
    out.put(DocumentKind.TRAINING_CERTIFICATE, doc(false, 14, TemplateGenerator::certificate));
    out.put(DocumentKind.BEST_MENTOR_DIPLOMA, doc(false, 14, TemplateGenerator::diploma));
    out.put(DocumentKind.BEST_PAIR_DIPLOMA, doc(false, 14, TemplateGenerator::pairDiploma));
    out.put(DocumentKind.PARTICIPANT_CERTIFICATE, doc(false, 14, TemplateGenerator::participantCertificate));
    out.put(DocumentKind.MENTORSHIP_PLAN, doc(false, 12, TemplateGenerator::mentorshipPlan));
    out.put(DocumentKind.COUNCIL_REPORT, doc(false, 14, TemplateGenerator::councilReport));
    return out;
  }

  // ---------------------------------------------------------------- orders

  private static byte[] order(Consumer<DocxWriter> text) throws IOException {
    return doc(false, 14, w -> {
      w.pageNumbers();
      w.para().center().bold("{{school.fullName}}");
      w.blank();
      w.para().center().size(16).spaced("ПРИКАЗ", 6);
      w.blank();
      w.plain(new int[] {50, 50}, 14, new ParagraphAlignment[] {LEFT, RIGHT},
          new String[] {"{{doc.date}}", "№ {{doc.number}}"});
      w.para().center().text("{{school.locality}}");
      w.blank();
      w.para().bold("{{doc.title}}").after(12);
      text.accept(w);
      w.blank();
      w.blank();
      w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
      w.blank();
      w.para().text("С приказом ознакомлены:").after(6).keepNext();
      w.table(new int[] {6, 36, 30, 14, 14}, 12, new String[] {"№", "Фамилия, имя, отчество", "Должность", "Подпись", "Дата"},
          new String[] {"{{#acquainted}}{{n}}", "{{name}}", "{{position}}", "", "{{/acquainted}}"});
    });
  }

  private static void commands(DocxWriter w) {
    w.para().bold("ПРИКАЗЫВАЮ:").before(6).after(6);
  }

  private static void organisation(DocxWriter w) {
    w.body("В соответствии с " + NPA + ", в целях оказания помощи педагогическим работникам в их"
        + " профессиональном становлении, развитии и адаптации в коллективе");
    commands(w);
    w.body("1. Организовать в {{school.shortName}} наставничество педагогических работников в"
        + " {{program.academicYear}} учебном году на период {{program.period}}.");
    w.body("2. Определить формы наставничества: {{program.forms}}.");
    w.body("3. Разработать и представить на утверждение положение о системе наставничества педагогических"
        + " работников и дорожную карту (план мероприятий) по его реализации.");
    w.body("4. Сформировать базу наставляемых и базу наставников из числа педагогических работников"
        + " образовательной организации.");
    w.body("5. Заместителю директора по учебной работе обеспечить информирование педагогического коллектива"
        + " о реализации программы наставничества.");
    w.body("6. " + CONTROL);
  }

  private static void regulationOrder(DocxWriter w) {
    w.body("В соответствии со статьёй 47 Федерального закона от 29.12.2012 № 273-ФЗ «Об образовании в"
        + " Российской Федерации», письмом Министерства просвещения Российской Федерации от 21.12.2021"
        + " № АЗ-1128/08 «О направлении методических рекомендаций», в целях развития системы наставничества"
        + " педагогических работников");
    commands(w);
    w.body("1. Утвердить Положение о системе наставничества педагогических работников в {{school.shortName}}"
        + " (приложение 1).");
    w.body("2. Утвердить дорожную карту (план мероприятий) по реализации Положения о системе наставничества"
        + " педагогических работников в {{school.shortName}} на {{program.academicYear}} учебный год (приложение 2).");
    w.body("3. Разместить настоящий приказ и Положение на официальном сайте образовательной организации.");
    w.body("4. " + CONTROL);
  }

  private static void curator(DocxWriter w) {
    w.body("В целях организации и координации работы по реализации программы наставничества педагогических"
        + " работников в {{program.academicYear}} учебном году");
    commands(w);
    w.body("1. Назначить куратором программы наставничества педагогических работников {{curator.name}},"
        + " {{curator.position}}.");
    w.body("2. Куратору программы наставничества {{curator.shortName}}:");
    w.body("2.1. сформировать базу наставляемых и базу наставников;");
    w.body("2.2. организовать обучение наставников;");
    w.body("2.3. вести учёт наставнических пар (групп) и осуществлять контроль реализации программы"
        + " наставничества;");
    w.body("2.4. проводить мониторинг эффективности программы наставничества и информировать администрацию"
        + " о ходе её реализации.");
    w.body("3. " + CONTROL);
  }

  private static void mentors(DocxWriter w) {
    w.body("В соответствии с Положением о системе наставничества педагогических работников"
        + " {{school.shortName}}, на основании результатов собеседования и отбора наставников");
    commands(w);
    w.body("1. Назначить наставниками педагогических работников на {{program.academicYear}} учебный год"
        + " ({{stats.mentors}} чел.):").keepNext();
    w.table(new int[] {6, 30, 22, 20, 10, 12}, 12,
        new String[] {"№", "Фамилия, имя, отчество", "Должность", "Предметы", "Стаж", "Категория"},
        new String[] {"{{#mentors}}{{n}}", "{{name}}", "{{position}}", "{{subjects}}", "{{experience}}",
            "{{category}}{{/mentors}}"});
    w.body("2. Наставникам совместно с наставляемыми разработать карты индивидуального образовательного"
        + " маршрута педагога (планы наставничества) и представить их на утверждение.").before(6);
    w.body("3. " + CONTROL);
  }

  private static void pairs(DocxWriter w) {
    w.body("В соответствии с Положением о системе наставничества педагогических работников"
        + " {{school.shortName}}, на основании письменного согласия участников наставнической деятельности");
    commands(w);
    w.body("1. Закрепить наставнические пары (группы) на {{program.academicYear}} учебный год (пар —"
        + " {{stats.pairs}}, групп — {{stats.groups}}, наставляемых — {{stats.mentees}}):").keepNext();
    w.table(new int[] {6, 28, 26, 22, 18}, 12,
        new String[] {"№", "Наставник", "Наставляемый (наставляемые)", "Форма взаимодействия", "Период"},
        new String[] {"{{#pairs}}{{n}}", "{{mentor}}, {{mentorPosition}}", "{{mentees}}", "{{form}}",
            "{{period}}{{/pairs}}"});
    w.body("2. Наставникам в течение сентября разработать совместно с наставляемыми карты индивидуального"
        + " образовательного маршрута педагога (планы наставничества) и представить их на утверждение.").before(6);
    w.body("3. Куратору программы наставничества вести учёт работы наставнических пар (групп).");
    w.body("4. " + CONTROL);
  }

  private static void awards(DocxWriter w) {
    w.body("По итогам реализации программы наставничества педагогических работников в {{program.academicYear}}"
        + " учебном году, за высокий профессионализм, добросовестную работу и значительный вклад в"
        + " профессиональное становление педагогов");
    commands(w);
    w.body("1. Наградить участников программы наставничества ({{stats.awardees}} чел.): победителей номинаций"
        + " «Наставник года» и «Лучшая пара» — грамотами, наставников, чьи пары (группы) работали в программе, —"
        + " сертификатами участника программы наставничества:").keepNext();
    w.table(new int[] {6, 38, 30, 26}, 12, new String[] {"№", "Фамилия, имя, отчество", "Должность", "Награда"},
        new String[] {"{{#awardees}}{{n}}", "{{name}}", "{{position}}", "{{award}}{{/awardees}}"});
    w.body("2. Вручить награды на торжественном мероприятии, посвящённом подведению итогов программы"
        + " наставничества.").before(6);
    w.body("3. " + CONTROL);
  }

  private static void results(DocxWriter w) {
    w.body("По итогам реализации программы наставничества педагогических работников в {{program.academicYear}}"
        + " учебном году, на основании информационной справки по итогам мониторинга");
    commands(w);
    w.body("1. Принять к сведению итоги реализации программы наставничества: наставнических пар (групп) —"
        + " {{stats.pairs}}, из них завершили работу — {{stats.completed}}; наставляемых — {{stats.mentees}};"
        + " проведено встреч — {{stats.meetings}}.");
    w.body("2. Утвердить результаты мониторинга эффективности программы наставничества: {{results.total}}"
        + " из 18 баллов, уровень — {{results.level}}.");
    w.body("3. Объявить благодарность наставникам:").keepNext();
    w.table(new int[] {6, 50, 44}, 12, new String[] {"№", "Фамилия, имя, отчество", "Должность"},
        new String[] {"{{#thanked}}{{n}}", "{{name}}", "{{position}}{{/thanked}}"});
    w.body("4. Принять к сведению итоги работы наставнических пар (групп):").before(6).keepNext();
    w.table(new int[] {6, 40, 20, 34}, 12, new String[] {"№", "Пара (группа)", "Цели", "Комментарий"},
        new String[] {"{{#outcomes}}{{n}}", "{{pair}}", "{{goals}}", "{{comment}}{{/outcomes}}"});
    w.body("5. Включить в долгосрочную базу наставников педагогов, выразивших желание стать наставниками:"
        + " {{results.futureMentors}}.").before(6);
    w.body("6. Заместителю директора по учебной работе обобщить лучшие практики наставничества, добавленные в"
        + " методическую копилку школы ({{stats.practices}}), и разместить их на официальном сайте"
        + " образовательной организации.");
    w.body("7. " + CONTROL);
  }

  // ---------------------------------------------------------------- other documents

  private static void appendix(DocxWriter w, String number) {
    w.plain(new int[] {50, 50}, 12, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"", "Приложение " + number + "\nк приказу {{school.shortName}}\n{{approval.order}}"});
    w.blank();
  }

  private static void regulation(DocxWriter w) {
    w.pageNumbers();
    appendix(w, "1");
    w.para().center().bold("ПОЛОЖЕНИЕ");
    w.para().center().bold("о системе наставничества педагогических работников");
    w.para().center().bold("в {{school.fullName}}").after(12);
    section(w, "1. Общие положения");
    w.body("1.1. Настоящее Положение разработано в соответствии с " + NPA + " и определяет цели, задачи, формы"
        + " и порядок осуществления наставничества педагогических работников в {{school.shortName}} (далее —"
        + " образовательная организация).");
    w.body("1.2. Наставничество — форма обеспечения профессионального становления, развития и адаптации"
        + " педагогического работника к квалифицированному исполнению должностных обязанностей.");
    w.body("1.3. Участники системы наставничества: руководитель образовательной организации, куратор программы"
        + " наставничества, наставники, наставляемые.");
    section(w, "2. Цель и задачи наставничества");
    w.body("2.1. Цель наставничества — всесторонняя поддержка молодого специалиста для успешного закрепления"
        + " на месте работы, повышение его профессионального потенциала и уровня, поддержка нового сотрудника"
        + " при смене места работы, создание комфортной профессиональной среды внутри образовательной"
        + " организации.");
    w.body("2.2. Задачи наставничества: привить молодым специалистам интерес к педагогической деятельности и"
        + " закрепить их в образовательной организации; ускорить процесс профессионального становления"
        + " педагога; сформировать потребность анализировать результаты своей профессиональной деятельности;"
        + " развивать интерес к методике построения и организации результативного учебного процесса;"
        + " ориентировать начинающего педагога на творческое использование передового педагогического опыта.");
    section(w, "3. Организация наставничества");
    w.body("3.1. Наставничество организуется на основании приказа руководителя образовательной организации.");
    w.body("3.2. Руководитель образовательной организации издаёт приказы об организации наставничества,"
        + " о назначении куратора, о назначении наставников и о закреплении наставнических пар (групп),"
        + " утверждает карты индивидуального образовательного маршрута педагогов и создаёт условия для"
        + " совместной работы наставников и наставляемых.");
    w.body("3.3. Куратор программы наставничества формирует базу наставляемых и базу наставников, организует"
        + " обучение наставников, ведёт учёт наставнических пар (групп), проводит мониторинг эффективности"
        + " программы наставничества.");
    w.body("3.4. Наставник назначается из числа педагогов, имеющих профессиональные успехи, с его письменного"
        + " согласия. Количество наставляемых у одного наставника определяется с учётом его нагрузки.");
    w.body("3.5. Наставляемыми могут быть: молодые специалисты (стаж от 0 до 3 лет); педагоги в процессе"
        + " адаптации на новом месте работы; педагоги в состоянии эмоционального выгорания, хронической"
        + " усталости; педагоги, желающие овладеть современными программами, цифровыми навыками,"
        + " ИКТ-компетенциями.");
    w.body("3.6. Наставнические пары (группы) закрепляются приказом руководителя при наличии письменного"
        + " согласия участников. Срок наставничества определяется картой индивидуального образовательного"
        + " маршрута педагога, как правило, — учебный год.");
    section(w, "4. Формы наставничества");
    w.body("4.1. В образовательной организации применяется форма наставничества «Учитель – учитель» со"
        + " следующими формами взаимодействия:");
    for (InteractionForm f : InteractionForm.values()) {
      w.body("– «" + f.title() + "»: " + lower(f.goal()) + ";");
    }
    section(w, "5. Права и обязанности наставника");
    w.body("5.1. Наставник обязан: разрабатывать совместно с наставляемым карту индивидуального"
        + " образовательного маршрута; оказывать наставляемому помощь в овладении профессией и практическими"
        + " приёмами работы; проводить встречи, посещать уроки наставляемого и давать рекомендации; подводить"
        + " итоги работы и отчитываться о ней на педагогическом совете.");
    w.body("5.2. Наставник имеет право: привлекать других работников для помощи наставляемому; знакомиться с"
        + " документами, касающимися работы наставляемого; вносить предложения по совершенствованию"
        + " наставничества.");
    section(w, "6. Права и обязанности наставляемого");
    w.body("6.1. Наставляемый обязан: выполнять мероприятия карты индивидуального образовательного маршрута;"
        + " изучать нормативные документы, определяющие его профессиональную деятельность; отчитываться"
        + " перед наставником о выполнении плана.");
    w.body("6.2. Наставляемый имеет право: обращаться к наставнику за помощью по профессиональным вопросам;"
        + " участвовать в обсуждении вопросов организации наставничества; обращаться к куратору при"
        + " затруднениях в работе пары (группы).");
    section(w, "7. Мониторинг и оценка результатов");
    w.body("7.1. Эффективность программы наставничества оценивается по 9 показателям, каждый — 0, 1 или"
        + " 2 балла (не более 18 баллов): 15–18 баллов — оптимальный уровень, 9–14 — допустимый, 0–8 —"
        + " недопустимый.");
    w.body("7.2. По итогам мониторинга составляется информационная справка, результаты рассматриваются на"
        + " педагогическом совете.");
    section(w, "8. Мотивация наставников");
    w.body("8.1. Наставники, показавшие высокие результаты, поощряются: награждаются школьными грамотами"
        + " «Лучший наставник», выдвигаются на конкурсы профессионального мастерства муниципального,"
        + " регионального и федерального уровней, отмечаются на педагогическом совете.");
    section(w, "9. Документы системы наставничества");
    w.body("9.1. К документам системы наставничества относятся: настоящее Положение; дорожная карта (план"
        + " мероприятий); приказы об организации наставничества, о назначении куратора и наставников, о"
        + " закреплении наставнических пар (групп), о награждении наставников, по итогам реализации"
        + " программы; карты индивидуального образовательного маршрута педагогов; отчёты наставников;"
        + " аналитические и информационные справки; согласия участников на обработку персональных данных.");
    section(w, "10. Заключительные положения");
    w.body("10.1. Положение вступает в силу со дня его утверждения приказом руководителя образовательной"
        + " организации. Изменения в Положение вносятся приказом руководителя.");
  }

  private static void section(DocxWriter w, String title) {
    w.para().center().bold(title).before(12).after(6).keepNext();
  }

  private static String lower(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static void roadmap(DocxWriter w) {
    w.pageNumbers();
    appendix(w, "2");
    w.para().center().bold("ДОРОЖНАЯ КАРТА");
    w.para().center().bold("(план мероприятий) по реализации системы наставничества педагогических работников");
    w.para().center().bold("в {{school.shortName}} на {{program.academicYear}} учебный год").after(12);
    w.table(new int[] {6, 40, 26, 12, 16}, 12,
        new String[] {"№ п/п", "Мероприятие", "Форма представления результата", "Сроки", "Ответственный"},
        new String[] {"{{#items}}{{n}}", "{{activity}}", "{{result}}", "{{deadline}}", "{{responsible}}{{/items}}"});
  }

  private static void roadmapProgress(DocxWriter w) {
    w.pageNumbers();
    w.para().center().bold("{{school.fullName}}").after(12);
    w.para().center().bold("ХОД ВЫПОЛНЕНИЯ ДОРОЖНОЙ КАРТЫ");
    w.para().center().bold("(плана мероприятий) по реализации системы наставничества педагогических работников");
    w.para().center().bold("в {{school.shortName}} на {{program.academicYear}} учебный год");
    w.para().center().text("по состоянию на {{roadmap.asOf}}").after(12);
    w.table(new int[] {6, 34, 20, 12, 14, 14}, 11,
        new String[] {"№ п/п", "Мероприятие", "Форма представления результата", "Сроки", "Ответственный", "Статус"},
        new String[] {"{{#items}}{{n}}", "{{activity}}", "{{result}}", "{{deadline}}", "{{responsible}}",
            "{{status}}{{/items}}"});
    w.para().before(12).text("Итого: {{roadmap.totals}}").after(12);
    w.plain(SIGN_WIDTHS, 12, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
  }

  private static void noteHead(DocxWriter w, String title, String subtitle) {
    w.para().center().bold(title);
    w.para().center().bold(subtitle).after(6);
    w.para().center().text("{{school.locality}}, {{doc.date}}").after(12);
  }

  private static void signer(DocxWriter w) {
    w.blank();
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{signer.position}}", "____________", "{{signer.signature}}"});
  }

  private static void analyticNote(DocxWriter w) {
    w.pageNumbers();
    noteHead(w, "АНАЛИТИЧЕСКАЯ СПРАВКА", "о профессиональных дефицитах педагогов {{school.shortName}}");
    w.body("Цель: выявление профессиональных дефицитов педагогических работников и формирование базы"
        + " наставляемых на {{program.academicYear}} учебный год.");
    w.body("Методы: анкетирование, собеседование, анализ запросов педагогов. В базу наставляемых включено"
        + " педагогов: {{stats.mentees}}.");
    w.para().bold("1. Распределение наставляемых по категориям").before(12).after(6).keepNext();
    w.table(new int[] {6, 64, 14, 16}, 12, new String[] {"№", "Категория", "Человек", "Доля"},
        new String[] {"{{#categories}}{{n}}", "{{category}}", "{{count}}", "{{share}}{{/categories}}"});
    w.para().bold("2. Профессиональные дефициты").before(12).after(6).keepNext();
    w.table(new int[] {6, 64, 14, 16}, 12, new String[] {"№", "Профессиональный дефицит (запрос)", "Человек", "Доля"},
        new String[] {"{{#deficits}}{{n}}", "{{deficit}}", "{{count}}", "{{share}}{{/deficits}}"});
    w.para().bold("3. База наставляемых").before(12).after(6).keepNext();
    w.table(new int[] {5, 22, 18, 10, 20, 25}, 11,
        new String[] {"№", "Фамилия, имя, отчество", "Должность", "Стаж", "Категория", "Запрос"},
        new String[] {"{{#mentees}}{{n}}", "{{name}}", "{{position}}", "{{experience}}", "{{category}}",
            "{{requests}}{{/mentees}}"});
    w.para().bold("Выводы").before(12).after(6).keepNext();
    w.body("{{results.summary}}");
    w.body("Рекомендуется закрепить за наставляемыми наставников с учётом выявленных дефицитов и выбранных"
        + " форм взаимодействия, включить работу с дефицитами в карты индивидуального образовательного"
        + " маршрута педагогов.");
    signer(w);
  }

  private static void routeMap(DocxWriter w) {
    w.para().center().size(11).text("{{school.fullName}}").after(12);
    w.plain(new int[] {50, 50}, 12, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"", "УТВЕРЖДАЮ\n{{head.title}}\n____________ {{head.signature}}\n«___» ____________ 20___ г."});
    w.blank();
    w.para().center().bold("КАРТА ИНДИВИДУАЛЬНОГО ОБРАЗОВАТЕЛЬНОГО МАРШРУТА ПЕДАГОГА");
    w.para().center().bold("(план наставничества) на {{program.academicYear}} учебный год").after(12);
    w.plain(new int[] {35, 65}, 12, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"Наставляемый (наставляемые):", "{{mentee.name}}"},
        new String[] {"Должность:", "{{mentee.position}}"},
        new String[] {"Педагогический стаж:", "{{mentee.experience}}"},
        new String[] {"Категория наставляемого:", "{{mentee.category}}"},
        new String[] {"Наставник:", "{{mentor.name}}, {{mentor.position}}"},
        new String[] {"Форма взаимодействия:", "{{pair.form}}"},
        new String[] {"Цель:", "{{pair.goal}}"},
        new String[] {"Срок реализации:", "{{program.period}}"});
    w.para().bold("План работы").before(12).after(6).keepNext();
    w.table(new int[] {6, 20, 42, 32}, 12, new String[] {"№", "Сроки", "Мероприятие", "Ожидаемый результат"},
        new String[] {"{{#steps}}{{n}}", "{{date}}", "{{activity}}", "{{result}}{{/steps}}"});
    w.blank();
    w.plain(SIGN_WIDTHS, 12, SIGN,
        new String[] {"Наставник", "____________", "{{mentor.signature}}"},
        new String[] {"Наставляемый", "____________", "________________"},
        new String[] {"Куратор программы", "____________", "________________"});
  }

  private static void monitoringNote(DocxWriter w) {
    w.pageNumbers();
    noteHead(w, "ИНФОРМАЦИОННАЯ СПРАВКА", "по итогам мониторинга эффективности программы наставничества\n"
        + "в {{school.shortName}} за {{program.academicYear}} учебный год");
    w.body("Мониторинг проведён по 9 показателям эффективности программы наставничества, каждый из которых"
        + " оценивается в 0, 1 или 2 балла (не более 18 баллов): 15–18 баллов — оптимальный уровень, 9–14 —"
        + " допустимый, 0–8 — недопустимый.");
    w.body("В программе работали наставнических пар (групп): {{stats.pairs}}, оценено: {{stats.scored}}.");
    w.body("Оценка программы в целом: {{results.total}} баллов, уровень — {{results.level}}.");
    w.body("Распределение пар (групп) по уровням: оптимальный — {{stats.optimal}}, допустимый —"
        + " {{stats.acceptable}}, недопустимый — {{stats.unacceptable}}.");
    w.para().bold("Результаты оценки наставнических пар (групп)").before(12).after(6).keepNext();
    w.table(new int[] {6, 62, 12, 20}, 12, new String[] {"№", "Наставническая пара (группа)", "Баллы", "Уровень"},
        new String[] {"{{#scores}}{{n}}", "{{pair}}", "{{total}}", "{{level}}{{/scores}}"});
    w.para().bold("Итоговое мероприятие").before(12).after(6).keepNext();
    w.body("{{finalEvent.summary}}");
    w.para().text("{{#finalEvents}}");
    w.para().bold("{{format}}, {{date}}").before(6).after(6).keepNext();
    w.table(new int[] {35, 65}, 12, new String[] {"Сведения", "Содержание"},
        new String[] {"Формат проведения", "{{format}}"},
        new String[] {"Дата проведения", "{{date}}"},
        new String[] {"Количество участников", "{{participants}}"},
        new String[] {"Материалы", "{{materials}}"},
        new String[] {"Приложенные файлы (размер)", "{{files}}"});
    w.para().text("{{/finalEvents}}");
    w.para().bold("Выводы и рекомендации").before(12).after(6).keepNext();
    w.body("________________________________________________________________________________");
    signer(w);
  }

  private static void mentorReport(DocxWriter w) {
    w.pageNumbers();
    w.para().center().bold("ОТЧЁТ НАСТАВНИКА");
    w.para().center().bold("о работе наставнической пары (группы) за {{program.academicYear}} учебный год");
    w.para().center().text("(к заседанию педагогического совета {{school.shortName}})").after(12);
    w.plain(new int[] {35, 65}, 14, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"Наставник:", "{{mentor.name}}, {{mentor.position}}"},
        new String[] {"Наставляемый (наставляемые):", "{{mentee.name}}"},
        new String[] {"Форма взаимодействия:", "{{pair.form}}"});
    w.body("Проведено встреч: {{stats.meetings}}, общая продолжительность — {{stats.hours}} ч.").before(12);
    w.para().bold("Проведённые встречи").before(12).after(6).keepNext();
    w.table(new int[] {6, 14, 20, 32, 28}, 12, new String[] {"№", "Дата", "Вид встречи", "Тема", "Результат"},
        new String[] {"{{#meetings}}{{n}}", "{{date}}", "{{kind}}", "{{topic}}", "{{outcome}}{{/meetings}}"});
    w.body("Оценка эффективности работы пары (группы): {{results.total}} баллов, уровень — {{results.level}}.")
        .before(12);
    w.para().bold("Выводы и предложения").before(12).after(6).keepNext();
    w.body("________________________________________________________________________________");
    w.blank();
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"Наставник", "____________", "{{mentor.signature}}"});
    w.para().text("{{doc.date}}").before(6);
  }

  private static final String KZ_ORDER_130 = "приказом Министра образования и науки Республики Казахстан от 6 апреля"
      + " 2020 года № 130 «Об утверждении перечня и форм документов, обязательных для ведения педагогами организаций"
      + " дошкольного воспитания и обучения, среднего, специального, дополнительного, технического и"
      + " профессионального, послесреднего образования»";

  /** Seed 003: the plan of one mentorship, agreed by the deputy and approved by the head. */
  private static void mentorshipPlan(DocxWriter w) {
    w.pageNumbers();
    w.para().center().size(11).text("{{school.fullName}}").after(12);
    w.plain(new int[] {50, 50}, 12, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"СОГЛАСОВАНО\n{{deputy.position}}\n____________ {{deputy.signature}}\n«___» ____________ 20___ г.",
            "УТВЕРЖДАЮ\n{{head.title}}\n____________ {{head.signature}}\n«___» ____________ 20___ г."});
    w.blank();
    w.para().center().bold("ПЛАН НАСТАВНИЧЕСТВА");
    w.para().center().bold("на {{program.academicYear}} учебный год").after(6);
    w.para().center().size(11).text("(составлен в соответствии с " + KZ_ORDER_130 + ")").after(12);
    w.para().bold("1. Сведения о молодом специалисте и педагоге, осуществляющем наставничество").after(6).keepNext();
    w.plain(new int[] {40, 60}, 12, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"Молодой специалист:", "{{mentee.name}}"},
        new String[] {"Должность, предмет:", "{{mentee.position}}; {{mentee.subjects}}"},
        new String[] {"Педагогический стаж, категория:", "{{mentee.experience}}; {{mentee.category}}"},
        new String[] {"Наставник:", "{{mentor.name}}"},
        new String[] {"Должность наставника:", "{{mentor.position}}"},
        new String[] {"Педагогический стаж, категория:", "{{mentor.experience}}; {{mentor.category}}"},
        new String[] {"Период наставничества:", "{{program.period}}"});
    w.para().bold("2. Результаты диагностики").before(12).after(6).keepNext();
    w.body("Уровень подготовки: {{diagnostics.level}}");
    w.body("Индивидуальные потребности: {{diagnostics.needs}}");
    w.para().bold("3. Цели и задачи работы").before(12).after(6).keepNext();
    w.body("{{plan.goals}}");
    w.para().bold("4. Основные направления работы").before(12).after(6).keepNext();
    w.body("{{plan.directions}}");
    w.para().bold("5. Мероприятия").before(12).after(6).keepNext();
    w.table(new int[] {8, 27, 65}, 12, new String[] {"№", "Сроки", "Мероприятие"},
        new String[] {"{{#activities}}{{n}}", "{{date}}", "{{activity}}{{/activities}}"});
    w.blank();
    w.plain(SIGN_WIDTHS, 12, SIGN,
        new String[] {"Наставник", "____________", "{{mentor.signature}}"},
        new String[] {"Молодой специалист", "____________", "________________"});
    w.para().text("{{doc.date}}").before(6);
  }

  /** Seed 003: the mentor's report to the pedagogical council at the end of the academic year. */
  private static void councilReport(DocxWriter w) {
    w.pageNumbers();
    w.para().center().size(11).text("{{school.fullName}}").after(12);
    w.para().center().bold("ОТЧЁТ");
    w.para().center().bold("о результатах наставничества за {{program.academicYear}} учебный год");
    w.para().center().text("(на заседание педагогического совета)").after(12);
    w.plain(new int[] {35, 65}, 14, new ParagraphAlignment[] {LEFT, LEFT},
        new String[] {"Наставник:", "{{mentor.name}}, {{mentor.position}}"},
        new String[] {"Молодой специалист:", "{{mentee.name}}, {{mentee.position}}"},
        new String[] {"План наставничества:", "{{plan.approval}}"});
    w.para().bold("1. Цели и задачи плана наставничества").before(12).after(6).keepNext();
    w.body("{{plan.goals}}");
    w.para().bold("2. Мероприятия плана наставничества").before(12).after(6).keepNext();
    w.table(new int[] {8, 27, 65}, 12, new String[] {"№", "Сроки", "Мероприятие"},
        new String[] {"{{#activities}}{{n}}", "{{date}}", "{{activity}}{{/activities}}"});
    w.para().bold("3. Итоги реализации мероприятий плана наставничества").before(12).after(6).keepNext();
    w.body("{{report.results}}");
    w.para().bold("4. Рекомендации для совершенствования практики").before(12).after(6).keepNext();
    w.table(new int[] {8, 92}, 12, new String[] {"№", "Рекомендация"},
        new String[] {"{{#recommendations}}{{n}}", "{{text}}{{/recommendations}}"});
    w.blank();
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"Наставник", "____________", "{{mentor.signature}}"});
    w.para().text("{{doc.date}}").before(6);
  }

  private static void consent(DocxWriter w) {
    w.para().center().bold("СОГЛАСИЕ");
    w.para().center().bold("на обработку персональных данных").after(12);
    w.body("Я, {{person.name}}, {{person.position}} {{school.shortName}},");
    w.body("паспорт серия ________ № ______________, выдан ________________________________________"
        + " «___» ____________ ______ г., зарегистрированный(ая) по адресу: ____________________________"
        + "_____________________________________________,");
    w.body("в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»"
        + " свободно, своей волей и в своём интересе даю согласие оператору — {{school.fullName}} (адрес:"
        + " {{school.address}}) на обработку моих персональных данных на следующих условиях.");
    w.body("1. Цель обработки: {{consent.purpose}}.");
    w.body("2. Перечень персональных данных: фамилия, имя, отчество; должность; сведения об образовании,"
        + " квалификационной категории и педагогическом стаже; преподаваемые предметы; адрес электронной почты;"
        + " результаты анкетирования, диагностики профессиональных дефицитов и мониторинга; сведения об участии"
        + " в программе наставничества (наставническая пара, встречи, отчёты, награды).");
    w.body("3. Перечень действий: сбор, запись, систематизация, накопление, хранение, уточнение (обновление,"
        + " изменение), извлечение, использование, передача (предоставление, доступ) работникам образовательной"
        + " организации, участвующим в программе наставничества, и органам управления образованием в случаях,"
        + " установленных законом, обезличивание, блокирование, удаление, уничтожение.");
    w.body("4. Способы обработки: с использованием средств автоматизации (информационная система"
        + " «Наставник») и без их использования.");
    w.body("5. Согласие действует со дня подписания до окончания моего участия в программе наставничества и"
        + " истечения установленных законодательством сроков хранения документов. Согласие может быть отозвано"
        + " мною в любое время письменным заявлением оператору; в этом случае оператор прекращает обработку"
        + " персональных данных и уничтожает их в срок, не превышающий тридцати дней с даты поступления отзыва,"
        + " за исключением случаев, предусмотренных федеральными законами.");
    w.body("6. Настоящее согласие оформлено отдельно от иных документов (часть 1 статьи 9 Федерального закона"
        + " № 152-ФЗ).");
    w.body("Версия текста согласия: {{consent.textVersion}}.").before(6);
    w.blank();
    w.plain(new int[] {40, 30, 30}, 12, new ParagraphAlignment[] {LEFT, CENTER, RIGHT},
        new String[] {"{{consent.date}}", "____________\n(подпись)", "________________\n(расшифровка подписи)"});
  }

  private static void certificate(DocxWriter w) {
    w.para().center().size(12).text("{{school.fullName}}").after(36);
    w.para().center().size(36).spaced("СЕРТИФИКАТ", 4);
    w.para().center().size(16).text("№ {{certificate.number}}").after(24);
    w.para().center().size(16).text("Настоящий сертификат подтверждает, что").after(12);
    w.para().center().size(22).bold("{{person.name}}");
    w.para().center().size(14).italic("{{person.position}}").after(12);
    w.para().center().size(16).text("прошёл(а) обучение по программе");
    w.para().center().size(18).bold("«{{training.title}}»").after(12);
    w.para().center().size(14).text("в рамках реализации программы наставничества педагогических работников"
        + " {{school.shortName}} в {{program.academicYear}} учебном году").after(24);
    w.para().center().size(14).text("Дата выдачи: {{certificate.date}}").after(36);
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
    w.para().center().size(12).text("{{school.locality}}, {{doc.year}}").before(36);
  }

  private static void diploma(DocxWriter w) {
    w.para().center().size(12).text("{{school.fullName}}").after(48);
    w.para().center().size(48).spaced("ГРАМОТА", 6).after(24);
    w.para().center().size(18).text("награждается").after(12);
    w.para().center().size(24).bold("{{person.name}}");
    w.para().center().size(14).italic("{{person.position}}").after(18);
    w.para().center().size(18).bold("в номинации «{{award.title}}»").after(12);
    w.para().center().size(14).text("за высокий профессионализм, активное участие в реализации программы"
        + " наставничества педагогических работников в {{program.academicYear}} учебном году и значительный вклад"
        + " в профессиональное становление педагогов").after(48);
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
    w.para().center().size(12).text("{{school.locality}}, {{doc.dateText}}").before(36);
  }

  private static void pairDiploma(DocxWriter w) {
    w.para().center().size(12).text("{{school.fullName}}").after(48);
    w.para().center().size(48).spaced("ГРАМОТА", 6).after(24);
    w.para().center().size(18).text("награждается").after(12);
    w.para().center().size(24).bold("{{person.name}}");
    w.para().center().size(14).italic("{{person.position}}, {{pair.role}}").after(18);
    w.para().center().size(18).bold("в номинации «{{award.title}}»").after(12);
    w.para().center().size(14).text("наставническая пара (группа): наставник {{pair.mentor}}, наставляемые:"
        + " {{pair.mentees}}").after(12);
    w.para().center().size(14).text("за плодотворное сотрудничество, достигнутые результаты и вклад в реализацию"
        + " программы наставничества педагогических работников в {{program.academicYear}} учебном году").after(48);
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
    w.para().center().size(12).text("{{school.locality}}, {{doc.dateText}}").before(36);
  }

  private static void participantCertificate(DocxWriter w) {
    w.para().center().size(12).text("{{school.fullName}}").after(36);
    w.para().center().size(36).spaced("СЕРТИФИКАТ", 4);
    w.para().center().size(16).text("участника программы наставничества").after(24);
    w.para().center().size(16).text("Настоящий сертификат подтверждает, что").after(12);
    w.para().center().size(22).bold("{{person.name}}");
    w.para().center().size(14).italic("{{person.position}}").after(12);
    w.para().center().size(16).text("в {{program.academicYear}} учебном году был(а) наставником в программе"
        + " наставничества педагогических работников {{school.shortName}}").after(12);
    w.para().center().size(14).text("наставляемых: {{certificate.mentees}}, проведено встреч:"
        + " {{certificate.meetings}}").after(12);
    w.para().center().size(14).text("Администрация благодарит за профессионализм и поддержку коллег.").after(36);
    w.plain(SIGN_WIDTHS, 14, SIGN, new String[] {"{{head.title}}", "____________", "{{head.signature}}"});
    w.para().center().size(12).text("{{school.locality}}, {{doc.dateText}}").before(36);
  }

  // ---------------------------------------------------------------- plumbing

  private static byte[] doc(boolean landscape, int sizePt, Consumer<DocxWriter> body) throws IOException {
    try (DocxWriter w = new DocxWriter(landscape, sizePt); java.io.ByteArrayOutputStream out =
        new java.io.ByteArrayOutputStream()) {
      body.accept(w);
      w.write(out);
      return out.toByteArray();
    }
  }

  static void write(Path file, byte[] content) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content);
    }
  }
}
