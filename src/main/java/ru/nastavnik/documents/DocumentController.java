package ru.nastavnik.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;

/**
 * A school's documents and order register. Every call is scoped by school: another school's
 * documents answer 403, an unknown id 404.
 */
@RestController
@RequestMapping("/api")
public class DocumentController {

  private final DocumentService documents;
  private final CurrentUser user;

  public DocumentController(DocumentService documents, CurrentUser user) {
    this.documents = documents;
    this.user = user;
  }

  /** One document as lists show it. */
  public record DocumentView(Long id, String kind, String kindTitle, String title, String number, LocalDate date,
      String status, Integer registerYear, Integer registerSeq, String fileName, boolean pdfStored,
      String processInstanceId, String createdBy, Instant createdAt, String cancelReason, String docxUrl,
      String pdfUrl) {

    static DocumentView of(Document d) {
      return new DocumentView(d.getId(), d.getKind().name(), d.getKind().fullTitle(), d.getTitle(), d.getNumber(),
          d.getDate(), d.getStatus().name(), d.getRegisterYear(), d.getRegisterSeq(), d.getFileName(),
          d.getPdfSize() != null, d.getProcessInstanceId(), d.getCreatedBy(), d.getCreatedAt(), d.getCancelReason(),
          "/api/documents/" + d.getId() + "/docx", "/api/documents/" + d.getId() + "/pdf");
    }
  }

  public record CancelRequest(String reason) {}

  public record NumberFormat(String numberFormat) {}

  @GetMapping("/schools/{code}/documents")
  public List<DocumentView> list(@PathVariable String code, @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer year) {
    user.requireSchool(code);
    DocumentKind k = kind == null || kind.isBlank() ? null : DocumentKind.byName(kind)
        .orElseThrow(() -> new UserFacingException("Неизвестный вид документа «" + kind + "»."));
    return documents.list(code, k, year).stream().map(DocumentView::of).toList();
  }

  /** The order register of a calendar year, in number order, cancelled orders included. */
  @GetMapping("/schools/{code}/register")
  public List<DocumentView> register(@PathVariable String code, @RequestParam(required = false) Integer year) {
    user.requireSchool(code);
    return documents.register(code, year == null ? LocalDate.now().getYear() : year).stream()
        .map(DocumentView::of).toList();
  }

  @GetMapping("/schools/{code}/register/settings")
  public NumberFormat registerSettings(@PathVariable String code) {
    user.requireSchool(code);
    return new NumberFormat(documents.numberFormat(code));
  }

  @PutMapping("/schools/{code}/register/settings")
  public NumberFormat setRegisterSettings(@PathVariable String code, @RequestBody NumberFormat body) {
    requireManager(code);
    return new NumberFormat(documents.setNumberFormat(code, body == null ? null : body.numberFormat()));
  }

  @GetMapping("/documents/{id}")
  public DocumentView get(@PathVariable Long id) {
    return DocumentView.of(scoped(id));
  }

  @GetMapping("/documents/{id}/docx")
  public ResponseEntity<byte[]> docx(@PathVariable Long id) {
    Document d = scoped(id);
    if (d.getKind().isUploaded()) {
      // a file uploaded as it is: served as what it is
      return file(documents.docx(id), d.getFileName(), mediaType(d));
    }
    return file(documents.docx(id), d.getFileName(), MediaType.parseMediaType(DocumentService.DOCX_MIME));
  }

  @GetMapping("/documents/{id}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable Long id) {
    Document d = scoped(id);
    if (d.getKind().isUploaded()) {
      if (UploadedFiles.byExtension(d.getFileName()).orElse(null) != UploadedFiles.Format.PDF) {
        throw UserFacingException.notFound("Это загруженный файл, его PDF-копии нет: скачайте его по ссылке docxUrl.");
      }
      return file(documents.docx(id), d.getFileName(), MediaType.APPLICATION_PDF);
    }
    byte[] pdf = documents.pdf(id).orElseThrow(() -> UserFacingException.notFound(
        "PDF этого документа нет: на сервере не установлен LibreOffice или преобразование не удалось."
            + " Скачайте документ в формате DOCX."));
    String name = d.getFileName().substring(0, d.getFileName().length() - ".docx".length()) + ".pdf";
    return file(pdf, name, MediaType.APPLICATION_PDF);
  }

  @PostMapping("/documents/{id}/cancel")
  public DocumentView cancel(@PathVariable Long id, @RequestBody CancelRequest body) {
    Document d = scoped(id);
    requireManager(d.getSchool().getCode());
    return DocumentView.of(documents.cancel(id, body == null ? null : body.reason(), user.userId()));
  }

  private Document scoped(Long id) {
    Document d = documents.find(id).orElseThrow(() -> UserFacingException.notFound("Документ № " + id + " не найден."));
    user.requireSchool(d.getSchool().getCode());
    return d;
  }

  /** The school's director or an administrator. */
  private void requireManager(String code) {
    user.requireSchool(code);
    if (!user.isAdmin() && !user.inGroup("director")) {
      throw UserFacingException.forbidden("Это действие доступно директору школы или администратору.");
    }
  }

  /** The media type of an uploaded file, from the extension it was stored with. */
  public static MediaType mediaType(Document d) {
    return UploadedFiles.byExtension(d.getFileName()).map(f -> MediaType.parseMediaType(f.mediaType()))
        .orElse(MediaType.APPLICATION_OCTET_STREAM);
  }

  public static ResponseEntity<byte[]> file(byte[] content, String fileName, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
