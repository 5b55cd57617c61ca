package ru.nastavnik.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.model.DocumentModels;
import ru.nastavnik.documents.model.ModelContext;
import ru.nastavnik.documents.model.Texts;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.documents.template.DocxTemplateEngine;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Generates, stores and lists documents.
 *
 * <p>{@link #generate} runs in the caller's transaction (in a process, the job's): it reads the
 * domain, checks the template, for an order locks the school's register for the year and takes the next
 * number, renders the DOCX and inserts it. Either all of it commits or none: a job that fails and is retried
 * takes the same number again, and a request key already used returns the stored document.
 */
@Service
public class DocumentService {

  public static final String DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** {@code template_source} of a file uploaded as it is (no template was used). */
  public static final String UPLOADED_SOURCE = "UPLOADED_FILE";

  private final SchoolRepository schools;
  private final ProgramRepository programs;
  private final PairRepository pairs;
  private final StaffRepository staff;
  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final OrderRegister register;
  private final TemplateStore templates;
  private final DocumentModels models;
  private final DocxTemplateEngine engine;
  private final PdfRenditions pdfs;
  private final Clock clock;

  public DocumentService(SchoolRepository schools, ProgramRepository programs, PairRepository pairs,
      StaffRepository staff, DocumentRepository documents, DocumentContentRepository contents, OrderRegister register,
      TemplateStore templates, DocumentModels models, DocxTemplateEngine engine, PdfRenditions pdfs,
      ObjectProvider<Clock> clock) {
    this.schools = schools;
    this.programs = programs;
    this.pairs = pairs;
    this.staff = staff;
    this.documents = documents;
    this.contents = contents;
    this.register = register;
    this.templates = templates;
    this.models = models;
    this.engine = engine;
    this.pdfs = pdfs;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  /**
   * Missing requisites are found before anything is written and do not mark the caller's transaction
   * for rollback: in a process the delegate turns them into a BPMN error and the job still commits.
   */
  @Transactional(noRollbackFor = MissingRequisitesException.class)
  public GeneratedDocument generate(GenerationRequest r) {
    if (r.kind().isUploaded()) {
      throw new IllegalArgumentException("«" + r.kind().title() + "» не составляются по шаблону, их загружают файлом");
    }
    School school = schools.findByCode(r.schoolCode())
        .orElseThrow(() -> UserFacingException.notFound("Школа с кодом «" + r.schoolCode() + "» не найдена."));
    Optional<Document> done = documents.findByRequestKey(school.getId(), r.requestKey());
    if (done.isPresent()) {
      return reused(done.get());
    }
    requireRequisites(school);
    MentoringProgram program = programs.findById(r.programId())
        .filter(p -> p.getSchool().getId().equals(school.getId()))
        .orElseThrow(() -> new DocumentDataException("Программа наставничества № " + r.programId()
            + " не найдена в школе «" + school.getShortName() + "»."));
    MentoringPair pair = null;
    StaffMember person = null;
    if (r.kind().subject() == DocumentKind.Subject.PAIR) {
      if (r.pairId() == null) {
        throw new DocumentDataException("Для документа «" + r.kind().title() + "» нужна наставническая пара (pairId).");
      }
      pair = pairs.findInProgram(program.getId(), r.pairId()).orElseThrow(() -> new DocumentDataException(
          "Наставническая пара № " + r.pairId() + " не относится к программе " + program.getAcademicYear() + "."));
    } else if (r.kind().subject() == DocumentKind.Subject.PERSON && r.staffId() == null) {
      throw new DocumentDataException("Для документа «" + r.kind().title() + "» нужен сотрудник (staffId).");
    }
    if (r.kind().subject() != DocumentKind.Subject.PAIR && r.staffId() != null) {
      // a document about a person, or a program's document about one person of it (the plan of one
      // mentorship names its young teacher)
      person = staff.findInSchool(school.getCode(), r.staffId()).orElseThrow(() -> new DocumentDataException(
          "Сотрудник № " + r.staffId() + " не работает в школе «" + school.getShortName() + "»."));
    }

    LocalDate date = LocalDate.now(clock);
    TemplateStore.Template template = templates.load(school, r.kind());
    DocumentModel model = models.build(new ModelContext(r.kind(), school, program, pair, person, date));

    Document doc = new Document(school, program.getId(), r.kind(), title(r.kind(), pair, person), date, r.requestKey());
    if (r.kind().isOrder()) {
      // From here to commit the school's register for the year is locked. Only orders take a number:
      // plans, reports, certificates and notes do not wait for each other (a school's 300 route maps
      // are generated at once); a twin of one of those is stopped by the unique request key instead.
      RegisterCounter counter = register.lock(school.getId(), date.getYear());
      done = documents.findByRequestKey(school.getId(), r.requestKey());
      if (done.isPresent()) {
        return reused(done.get()); // a twin request committed while this one waited for the lock
      }
      int seq = counter.next();
      String number = OrderRegister.format(register.numberFormat(school.getId()), seq, date.getYear());
      doc.register(date.getYear(), seq, number);
      model.put("doc.number", number);
    }
    byte[] docx = engine.render(template.content(), r.kind().schema(), model, template.name());
    if (!model.figures().isEmpty()) {
      docx = ru.nastavnik.documents.template.DocxFigures.append(docx, model.figures());
    }
    doc.subject(pair == null ? null : pair.getId(), person == null ? null : person.getId(), r.processInstanceId());
    doc.file(fileName(doc), docx.length, template.source().name(), template.sha256(), r.requestedBy());
    documents.save(doc);
    contents.save(new DocumentContent(doc.getId(), docx));
    pdfs.afterCommit(doc.getId());
    return new GeneratedDocument(doc.getId(), doc.getKind(), doc.getNumber(), doc.getDate(), doc.getTitle(),
        doc.getFileName(), docx, false);
  }

  /**
   * Renders a program's document (a note, not an order) again from the data as they are now, in
   * place: same id, date and title, new content, the PDF copy dropped. Used when the data it was made
   * from changed in a way the stored file must follow (a withdrawal of consent). Returns the new file.
   */
  @Transactional
  public byte[] rerender(Long documentId) {
    Document doc = documents.findById(documentId).orElseThrow(() ->
        UserFacingException.notFound("Документ № " + documentId + " не найден."));
    if (doc.getKind().isOrder() || doc.getKind().isUploaded() || doc.getKind().subject() != DocumentKind.Subject.PROGRAM || doc.getProgramId() == null) {
      throw new IllegalArgumentException("Заново составляется только справка программы, а не «" + doc.getKind().title() + "»");
    }
    School school = doc.getSchool();
    MentoringProgram program = programs.findById(doc.getProgramId()).orElseThrow();
    TemplateStore.Template template = templates.load(school, doc.getKind());
    StaffMember person = doc.getStaffId() == null ? null
        : staff.findInSchool(school.getCode(), doc.getStaffId()).orElse(null);
    DocumentModel model = models.build(new ModelContext(doc.getKind(), school, program, null, person, doc.getDate()));
    byte[] docx = engine.render(template.content(), doc.getKind().schema(), model, template.name());
    if (!model.figures().isEmpty()) {
      docx = ru.nastavnik.documents.template.DocxFigures.append(docx, model.figures());
    }
    DocumentContent content = contents.findById(documentId).orElseThrow();
    content.replace(docx);
    doc.rerendered(docx.length);
    return docx;
  }

  /**
   * Stores a file uploaded as it is (a kind without a template, {@link DocumentKind#isUploaded()}) as
   * a document of the school's program: the content, its name, size and SHA-256. The caller checks the
   * file first; {@code requestKey} is unique in the school.
   */
  @Transactional
  public Document storeFile(String schoolCode, Long programId, DocumentKind kind, String title, String fileName,
      byte[] content, String user, String requestKey) {
    if (!kind.isUploaded()) {
      throw new IllegalArgumentException("«" + kind.title() + "» составляются по шаблону, а не загружаются файлом");
    }
    School school = school(schoolCode);
    Document doc = new Document(school, programId, kind, title, LocalDate.now(clock), requestKey);
    doc.file(fileName, content.length, UPLOADED_SOURCE, TemplateStore.sha256(content), user);
    documents.save(doc);
    contents.save(new DocumentContent(doc.getId(), content));
    return doc;
  }

  /**
   * Deletes an uploaded file (not a document made from a template: those are cancelled and keep
   * their number) with its content: a wrong photo of an event is not kept.
   */
  @Transactional
  public void deleteUploaded(Long id) {
    Document doc = documents.findById(id).orElseThrow(() -> UserFacingException.notFound("Документ не найден."));
    if (!doc.getKind().isUploaded()) {
      throw new IllegalArgumentException("«" + doc.getKind().title() + "» не удаляется, а отменяется");
    }
    contents.deleteById(id);
    documents.delete(doc);
  }

  /** The active documents of one kind of a program, oldest first. */
  @Transactional(readOnly = true)
  public List<Document> ofProgram(Long programId, DocumentKind kind) {
    List<Document> list = new ArrayList<>(documents.findByProgramAndKind(programId, kind, Document.Status.ACTIVE));
    java.util.Collections.reverse(list);
    return list;
  }

  /** Cancels a document; an order keeps its number and stays in the register as cancelled. */
  @Transactional
  public Document cancel(Long id, String reason, String user) {
    Document doc = documents.findById(id).orElseThrow(() -> UserFacingException.notFound("Документ не найден."));
    if (reason == null || reason.isBlank()) {
      throw new UserFacingException("Укажите причину отмены документа.");
    }
    if (doc.getStatus() == Document.Status.CANCELLED) {
      throw UserFacingException.conflict("Документ уже отменён.");
    }
    doc.cancel(reason.trim(), user);
    return doc;
  }

  /**
   * Marks a document replaced by a newer one of the same kind (the process came back to the task
   * that made it): cancelled, keeping its number. Does nothing if it is already cancelled.
   */
  @Transactional
  public void supersede(Long previousId, GeneratedDocument next) {
    documents.findById(previousId)
        .filter(d -> d.getStatus() == Document.Status.ACTIVE && d.getKind() == next.kind()
            && !d.getId().equals(next.id()))
        .ifPresent(d -> d.cancel("Заменён документом" + (next.number() == null ? "" : " № " + next.number())
            + " от " + Texts.date(next.date()), "process"));
  }

  @Transactional(readOnly = true)
  public Optional<Document> find(Long id) {
    Optional<Document> doc = documents.findWithSchool(id);
    doc.ifPresent(d -> d.getSchool().getCode());
    return doc;
  }

  @Transactional(readOnly = true)
  public List<Document> list(String schoolCode, DocumentKind kind, Integer year) {
    List<Document> all = kind == null ? documents.findBySchool(schoolCode) : documents.findBySchoolAndKind(schoolCode, kind);
    return year == null ? all : all.stream().filter(d -> d.getDate().getYear() == year).collect(Collectors.toList());
  }

  @Transactional(readOnly = true)
  public List<Document> register(String schoolCode, int year) {
    return documents.findRegister(schoolCode, year);
  }

  @Transactional(readOnly = true)
  public byte[] docx(Long id) {
    return contents.findById(id).map(DocumentContent::getDocx)
        .orElseThrow(() -> UserFacingException.notFound("Файл документа не найден."));
  }

  public Optional<byte[]> pdf(Long id) {
    return pdfs.pdf(id);
  }

  @Transactional(readOnly = true)
  public String numberFormat(String schoolCode) {
    return register.numberFormat(school(schoolCode).getId());
  }

  @Transactional
  public String setNumberFormat(String schoolCode, String format) {
    return register.setNumberFormat(school(schoolCode).getId(), format);
  }

  private School school(String code) {
    return schools.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Школа с кодом «" + code + "» не найдена."));
  }

  private GeneratedDocument reused(Document doc) {
    byte[] docx = contents.findById(doc.getId()).map(DocumentContent::getDocx).orElseThrow();
    return new GeneratedDocument(doc.getId(), doc.getKind(), doc.getNumber(), doc.getDate(), doc.getTitle(),
        doc.getFileName(), docx, true);
  }

  /** Requisites every document prints (ГОСТ Р 7.0.97-2016: 08 organisation, 14 place, 22 signature). */
  static void requireRequisites(School s) {
    List<String> missing = new ArrayList<>();
    if (blank(s.getFullName())) {
      missing.add("полное наименование организации");
    }
    if (blank(s.getShortName())) {
      missing.add("сокращённое наименование");
    }
    if (blank(s.getHeadTitle())) {
      missing.add("должность руководителя");
    }
    if (blank(s.getHeadName())) {
      missing.add("фамилия, имя, отчество руководителя");
    }
    if (blank(s.getAddress())) {
      missing.add("адрес");
    }
    if (blank(s.getLocality())) {
      missing.add("населённый пункт (место издания приказов)");
    }
    if (!missing.isEmpty()) {
      throw new MissingRequisitesException(blank(s.getShortName()) ? s.getCode() : s.getShortName(), missing);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String title(DocumentKind kind, MentoringPair pair, StaffMember person) {
    if (person != null) {
      return kind.title() + " — " + person.shortName();
    }
    if (pair != null) {
      return kind.title() + " — " + pair.getMentor().shortName() + " / "
          + pair.getMentees().stream().map(StaffMember::shortName).collect(Collectors.joining(", "));
    }
    return kind.title();
  }

  private static String fileName(Document d) {
    String title = d.getTitle().length() > 150 ? d.getTitle().substring(0, 150) : d.getTitle();
    String name = d.getKind().isOrder()
        ? "Приказ № " + d.getNumber() + " от " + Texts.date(d.getDate()) + " " + title
        : title + " от " + Texts.date(d.getDate());
    return Texts.safeFileName(name) + ".docx";
  }
}
