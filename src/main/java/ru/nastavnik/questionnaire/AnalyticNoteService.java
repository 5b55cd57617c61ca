package ru.nastavnik.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.questionnaire.AnalyticNote.CategoryCount;
import ru.nastavnik.questionnaire.AnalyticNote.DeficitCount;
import ru.nastavnik.questionnaire.AnalyticNote.ScaleAverage;
import ru.nastavnik.staff.StaffMember;

/**
 * Builds the stage II analytic note from a closed diagnostics collection
 * ({@value QuestionnaireCatalogue#MENTEE_DIAGNOSTICS}) and keeps it with the collection.
 *
 * <p>Categories (seed 002 §4): young specialist — teaching experience up to 3 years; adaptation —
 * in this school for less than 12 months; burnout — exhaustion felt often (4–5 of 5) or burnout
 * named as a deficit; digital skills — digital skills named as a deficit or confidence with digital
 * tools 1–2 of 5. A teacher may fall into several categories.
 */
@Service
public class AnalyticNoteService {

  static final String CONFIDENCE_DIGITAL = "confidenceDigital";

  private final QuestionnaireService questionnaires;
  private final QuestionnaireAnswerRepository answers;
  private final AnalyticNoteRepository notes;
  private final ObjectMapper json;

  public AnalyticNoteService(QuestionnaireService questionnaires, QuestionnaireAnswerRepository answers,
      AnalyticNoteRepository notes, ObjectMapper json) {
    this.questionnaires = questionnaires;
    this.answers = answers;
    this.notes = notes;
    this.json = json;
  }

  /** Builds (or rebuilds) and stores the note of a closed diagnostics collection. */
  @Transactional
  public AnalyticNote build(Long collectionId) {
    QuestionnaireCollection c = questionnaires.collection(collectionId);
    if (!QuestionnaireCatalogue.MENTEE_DIAGNOSTICS.equals(c.getTemplate().getCode())) {
      throw new IllegalArgumentException("Аналитическая справка строится по диагностике, а не по анкете «"
          + c.getTemplate().getCode() + "»");
    }
    AnalyticNote note = compose(c, questionnaires.assignments(collectionId), answers.findByCollection(collectionId));
    String data;
    try {
      data = json.writeValueAsString(note);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    notes.findByCollection(collectionId).ifPresentOrElse(n -> n.update(data, note.text()),
        () -> notes.save(new AnalyticNoteRecord(c.getProgramId(), collectionId, data, note.text())));
    return note;
  }

  /** The latest note of a program, if the diagnostics have been summed up. */
  @Transactional(readOnly = true)
  public Optional<AnalyticNote> latestForProgram(Long programId) {
    return notes.findByProgram(programId).stream().findFirst().map(this::read);
  }

  @Transactional(readOnly = true)
  public AnalyticNote forCollection(Long collectionId) {
    return notes.findByCollection(collectionId).map(this::read).orElseThrow(() ->
        UserFacingException.notFound("Аналитическая справка по этому сбору анкет ещё не составлена."));
  }

  private AnalyticNote read(AnalyticNoteRecord record) {
    try {
      return json.readValue(record.getData(), AnalyticNote.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The note from the collection's respondents and their answers; no database access. */
  static AnalyticNote compose(QuestionnaireCollection c, List<QuestionnaireAssignment> assignments,
      List<QuestionnaireAnswer> given) {
    QuestionnaireTemplate template = c.getTemplate();
    Map<Long, List<QuestionnaireAnswer>> byAssignment = given.stream()
        .collect(Collectors.groupingBy(a -> a.getAssignment().getId(), LinkedHashMap::new, Collectors.toList()));
    List<QuestionnaireAssignment> answered = assignments.stream()
        .filter(a -> a.getStatus() == QuestionnaireAssignment.Status.ANSWERED).toList();
    int n = answered.size();
    LocalDate openedOn = LocalDate.ofInstant(c.getOpenedAt(), java.time.ZoneOffset.UTC);

    Question deficitQuestion = template.question(QuestionnaireCatalogue.DEFICIT_AREAS).orElseThrow();
    Map<String, Long> deficitTotals = new LinkedHashMap<>();
    deficitQuestion.getOptions().forEach(o -> deficitTotals.put(o.getValue(), 0L));
    Map<MenteeCategory, Long> categoryTotals = new EnumMap<>(MenteeCategory.class);
    Map<MenteeCategory, Map<String, Long>> categoryDeficits = new EnumMap<>(MenteeCategory.class);
    Map<String, long[]> scales = new LinkedHashMap<>();

    for (QuestionnaireAssignment a : answered) {
      List<QuestionnaireAnswer> mine = byAssignment.getOrDefault(a.getId(), List.of());
      Set<String> deficits = mine.stream().filter(x -> x.getQuestion().getCode().equals(QuestionnaireCatalogue.DEFICIT_AREAS))
          .map(QuestionnaireAnswer::getOptionValue).collect(Collectors.toSet());
      Map<String, Integer> numbers = new HashMap<>();
      mine.stream().filter(x -> x.getNumberValue() != null)
          .forEach(x -> numbers.put(x.getQuestion().getCode(), x.getNumberValue()));
      deficits.forEach(d -> deficitTotals.merge(d, 1L, Long::sum));
      numbers.forEach((code, v) -> {
        long[] acc = scales.computeIfAbsent(code, k -> new long[2]);
        acc[0] += v;
        acc[1]++;
      });
      for (MenteeCategory category : categories(a.getStaff(), c.getOpenedAt(), deficits, numbers)) {
        categoryTotals.merge(category, 1L, Long::sum);
        Map<String, Long> d = categoryDeficits.computeIfAbsent(category, k -> new LinkedHashMap<>());
        deficits.forEach(x -> d.merge(x, 1L, Long::sum));
      }
    }

    List<DeficitCount> deficits = deficitTotals.entrySet().stream()
        .map(e -> new DeficitCount(e.getKey(), deficitQuestion.labelOf(e.getKey()), e.getValue(), percent(e.getValue(), n)))
        .sorted(Comparator.comparingLong(DeficitCount::teachers).reversed()).toList();
    List<CategoryCount> categories = new ArrayList<>();
    for (MenteeCategory category : MenteeCategory.values()) {
      long teachers = categoryTotals.getOrDefault(category, 0L);
      List<DeficitCount> top = categoryDeficits.getOrDefault(category, Map.of()).entrySet().stream()
          .map(e -> new DeficitCount(e.getKey(), deficitQuestion.labelOf(e.getKey()), e.getValue(),
              percent(e.getValue(), n)))
          .sorted(Comparator.comparingLong(DeficitCount::teachers).reversed()).toList();
      // shares are of the teachers who answered: a teacher may fall into several categories
      categories.add(new CategoryCount(category, category.title(), teachers, percent(teachers, n), top));
    }
    List<ScaleAverage> selfAssessment = new ArrayList<>();
    for (Question q : template.getQuestions()) {
      if (q.getKind() == QuestionKind.SCALE) {
        long[] acc = scales.get(q.getCode());
        Double avg = acc == null || acc[1] == 0 ? null : Math.round(100.0 * acc[0] / acc[1]) / 100.0;
        selfAssessment.add(new ScaleAverage(q.getCode(), q.getText(), avg, q.getScaleMax()));
      }
    }
    List<String> missed = assignments.stream().filter(a -> a.getStatus() == QuestionnaireAssignment.Status.MISSED)
        .map(a -> a.getStaff().shortName()).toList();
    LocalDate closedOn = c.getClosedAt() == null ? null : LocalDate.ofInstant(c.getClosedAt(), java.time.ZoneOffset.UTC);
    // those who withdrew their consent are no longer counted among the teachers asked
    int asked = (int) assignments.stream().filter(a -> a.getStatus() != QuestionnaireAssignment.Status.WITHDRAWN).count();
    AnalyticNote draft = new AnalyticNote(c.getProgramId(), c.getId(), c.getSchoolCode(), template.getTitle(), openedOn,
        closedOn, asked, n, percent(n, asked), missed, deficits, categories, selfAssessment, null);
    return new AnalyticNote(draft.programId(), draft.collectionId(), draft.schoolCode(), draft.questionnaireTitle(),
        openedOn, closedOn, draft.respondents(), n, draft.responseRatePercent(), missed, deficits, categories,
        selfAssessment, text(draft));
  }

  /** The categories a teacher falls into, from the staff record and the answers. */
  static Set<MenteeCategory> categories(StaffMember s, Instant at, Set<String> deficits, Map<String, Integer> numbers) {
    Set<MenteeCategory> out = EnumSet.noneOf(MenteeCategory.class);
    if (s.getExperienceYears() <= 3) {
      out.add(MenteeCategory.YOUNG_SPECIALIST);
    }
    LocalDate day = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    if (s.getHiredOn() != null && ChronoUnit.MONTHS.between(s.getHiredOn(), day) < 12) {
      out.add(MenteeCategory.ADAPTATION);
    }
    if (deficits.contains("burnout") || numbers.getOrDefault(QuestionnaireCatalogue.FATIGUE, 0) >= 4) {
      out.add(MenteeCategory.BURNOUT);
    }
    if (deficits.contains("digital") || numbers.getOrDefault(CONFIDENCE_DIGITAL, 5) <= 2) {
      out.add(MenteeCategory.DIGITAL);
    }
    return out;
  }

  static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }

  static String text(AnalyticNote note) {
    StringBuilder s = new StringBuilder("Аналитическая справка по итогам диагностики профессиональных дефицитов педагогов.\n");
    s.append("Анкета «").append(note.questionnaireTitle()).append("»");
    if (note.closedOn() != null) {
      s.append(", сбор с ").append(ru(note.openedOn())).append(" по ").append(ru(note.closedOn()));
    }
    s.append(".\nОпрошено педагогов: ").append(note.respondents()).append(", ответили: ").append(note.answered())
        .append(" (").append(note.responseRatePercent()).append(" %).");
    if (!note.nonRespondents().isEmpty()) {
      s.append(" Не ответили: ").append(String.join(", ", note.nonRespondents())).append('.');
    }
    s.append("\n\n1. Профессиональные дефициты (сколько педагогов отметили затруднение):\n");
    List<DeficitCount> named = note.deficits().stream().filter(d -> d.teachers() > 0).toList();
    if (named.isEmpty()) {
      s.append("— затруднений не отмечено;\n");
    }
    named.forEach(d -> s.append("— ").append(d.title()).append(" — ").append(d.teachers()).append(" (")
        .append(d.percent()).append(" %);\n"));
    s.append("\n2. Категории наставляемых (доля — от ответивших педагогов; педагог может относиться к нескольким"
        + " категориям):\n");
    for (CategoryCount c : note.categories()) {
      s.append("— ").append(c.title()).append(" — ").append(c.teachers()).append(" (").append(c.percent())
          .append(" %)");
      if (!c.deficits().isEmpty()) {
        s.append("; основные дефициты: ").append(c.deficits().stream().limit(3)
            .map(d -> lower(d.title()) + " (" + d.teachers() + ")").collect(Collectors.joining(", ")));
      }
      s.append(";\n");
    }
    List<ScaleAverage> scales = note.selfAssessment().stream().filter(a -> a.average() != null).toList();
    if (!scales.isEmpty()) {
      s.append("\n3. Самооценка (средний балл):\n");
      scales.forEach(a -> s.append("— ").append(a.question()).append(" — ").append(String.format(java.util.Locale.ROOT,
          "%.1f", a.average()).replace('.', ',')).append(" из ").append(a.max()).append(";\n"));
    }
    if (!named.isEmpty()) {
      s.append("\nВывод: наиболее востребована помощь наставников в областях: ")
          .append(named.stream().limit(3).map(d -> "«" + d.title() + "»").collect(Collectors.joining(", ")))
          .append(". При формировании пар учитывать, в чём готовы помочь наставники (анкета кандидата в наставники).");
    }
    return s.toString();
  }

  private static String ru(LocalDate d) {
    return d == null ? "" : String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
