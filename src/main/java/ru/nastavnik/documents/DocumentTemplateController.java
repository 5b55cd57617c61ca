package ru.nastavnik.documents;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.template.DocxTemplateEngine.TemplateInfo;
import ru.nastavnik.documents.template.TemplateException;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.CurrentUser;

/**
 * A school's DOCX templates: which one each kind uses, download it to edit in Word or LibreOffice,
 * upload the edited one (checked: an unknown placeholder answers 400 with its name), or remove it to
 * return to the built-in template. Uploads are stored in the database, so every node of a cluster
 * uses them at once.
 */
@RestController
@RequestMapping("/api/schools/{code}/document-templates")
public class DocumentTemplateController {

  private final TemplateStore templates;
  private final SchoolRepository schools;
  private final CurrentUser user;

  public DocumentTemplateController(TemplateStore templates, SchoolRepository schools, CurrentUser user) {
    this.templates = templates;
    this.schools = schools;
    this.user = user;
  }

  /**
   * A template, the placeholders its kind allows and, for a school's own template, what the
   * built-in one fills in that it leaves out ({@code missingFields}, {@code missingLists}, and the
   * director's {@code notice} in Russian; a template that no longer passes the check says why).
   */
  public record TemplateView(String kind, String title, String source, String sourceTitle, String sha256,
      Set<String> fields, Object lists, Set<String> usedFields, List<String> missingFields,
      List<String> missingLists, String notice, String downloadUrl) {

    static TemplateView of(TemplateStore.Template t, TemplateInfo used, TemplateStore.Omitted omitted, String notice,
        String code) {
      return new TemplateView(t.kind().name(), t.kind().fullTitle(), t.source().name(), t.source().title(), t.sha256(),
          t.kind().schema().scalars(), t.kind().schema().lists(), used == null ? null : used.scalars(),
          omitted == null ? null : omitted.fields(), omitted == null ? null : omitted.lists(),
          notice, "/api/schools/" + code + "/document-templates/" + t.kind().name());
    }
  }

  @GetMapping
  public List<TemplateView> list(@PathVariable String code) {
    School school = school(code);
    return templates.effective(school).stream().map(t -> view(t, code)).toList();
  }

  private TemplateView view(TemplateStore.Template t, String code) {
    try {
      TemplateStore.Omitted omitted = templates.omitted(t);
      return TemplateView.of(t, t.source() == TemplateStore.Source.BUILT_IN ? null : templates.check(t), omitted,
          omitted.notice(), code);
    } catch (TemplateException e) {
      // a template put in the school's folder by hand: documents of its kind fail until it is fixed
      return TemplateView.of(t, null, null, "Шаблон школы не проходит проверку: " + e.getMessage(), code);
    }
  }

  @GetMapping("/{kind}")
  public ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String kind) {
    School school = school(code);
    TemplateStore.Template t = templates.find(school, kind(kind));
    return DocumentController.file(t.content(), t.kind().templateFile(),
        MediaType.parseMediaType(DocumentService.DOCX_MIME));
  }

  @PutMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public TemplateView uploadForm(@PathVariable String code, @PathVariable String kind,
      @RequestParam("file") MultipartFile file) throws IOException {
    return upload(code, kind, file.getBytes(), file.getOriginalFilename());
  }

  @PutMapping(value = "/{kind}", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, DocumentService.DOCX_MIME})
  public TemplateView uploadRaw(@PathVariable String code, @PathVariable String kind, @RequestBody byte[] body) {
    return upload(code, kind, body, null);
  }

  @DeleteMapping("/{kind}")
  public ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String kind) {
    School school = manager(code);
    return templates.removeUpload(school, kind(kind)) ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  private TemplateView upload(String code, String kind, byte[] content, String fileName) {
    School school = manager(code);
    TemplateStore.Template t = templates.upload(school, kind(kind), content, fileName, user.userId());
    return view(t, code);
  }

  private School school(String code) {
    user.requireSchool(code);
    return schools.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Школа с кодом «" + code + "» не найдена."));
  }

  /** Changing templates: an administrator, or the school's director. */
  private School manager(String code) {
    School school = school(code);
    if (!user.isAdmin() && !user.inGroup("director")) {
      throw UserFacingException.forbidden("Шаблоны документов меняет администратор или директор школы.");
    }
    return school;
  }

  private static DocumentKind kind(String name) {
    return DocumentKind.byName(name).filter(k -> !k.isUploaded()).orElseThrow(() -> UserFacingException.notFound(
        "Неизвестный вид документа «" + name + "» или у него нет шаблона."));
  }
}
