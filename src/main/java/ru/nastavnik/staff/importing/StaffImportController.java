package ru.nastavnik.staff.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * Staff import and the staff list of a school. Only the school's curator, deputy head and director
 * (or an administrator) may use them; every query is scoped by the school in the path.
 */
@RestController
@RequestMapping("/api")
public class StaffImportController {

  static final String XLSX = ru.nastavnik.documents.DocumentService.XLSX_MIME;
  private static final List<String> MANAGER_GROUPS =
      List.of(Role.CURATOR.groupId(), Role.DEPUTY.groupId(), Role.DIRECTOR.groupId());

  private final StaffImportService imports;
  private final CurrentUser currentUser;

  public StaffImportController(StaffImportService imports, CurrentUser currentUser) {
    this.imports = imports;
    this.currentUser = currentUser;
  }

  /** Upload as a form field {@code file}. */
  @PostMapping(path = "/schools/{code}/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportResponse> importMultipart(@PathVariable String code,
      @RequestPart("file") MultipartFile file) throws IOException {
    requireManager(code);
    if (file.getSize() > imports.maxBytes()) {
      return answer(ImportResult.tooLarge(file.getOriginalFilename(), file.getSize(), imports.maxBytes()));
    }
    return answer(imports.importFile(code, file.getOriginalFilename(), file.getBytes(), currentUser.userId()));
  }

  /**
   * Upload as the raw request body, with any or no content type: the importer looks at the bytes,
   * not at the declared type. The name may come in {@code Content-Disposition} or {@code ?fileName=}.
   */
  @PostMapping(path = "/schools/{code}/staff/import")
  public ResponseEntity<ImportResponse> importBody(@PathVariable String code,
      @RequestParam(name = "fileName", required = false) String fileName, HttpServletRequest request)
      throws IOException {
    requireManager(code);
    String name = fileName(request, fileName);
    long limit = imports.maxBytes();
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      return answer(ImportResult.tooLarge(name, declared, limit));
    }
    byte[] body = readAtMost(request.getInputStream(), limit + 1);
    if (body.length > limit) {
      return answer(ImportResult.tooLarge(name, body.length, limit));
    }
    return answer(imports.importFile(code, name, body, currentUser.userId()));
  }

  @GetMapping("/schools/{code}/staff")
  public List<StaffView> staff(@PathVariable String code) {
    requireManager(code);
    return imports.staffOf(code);
  }

  @GetMapping("/staff-import/template.xlsx")
  public ResponseEntity<byte[]> templateXlsx() {
    currentUser.userId();
    return download(StaffTemplate.xlsx(), "staff-template.xlsx", "Шаблон списка сотрудников.xlsx", XLSX);
  }

  @GetMapping("/staff-import/template.csv")
  public ResponseEntity<byte[]> templateCsv() {
    currentUser.userId();
    return download(StaffTemplate.csv(), "staff-template.csv", "Шаблон списка сотрудников.csv",
        "text/csv;charset=UTF-8");
  }

  private void requireManager(String code) {
    currentUser.requireSchool(code);
    if (!currentUser.isAdmin() && MANAGER_GROUPS.stream().noneMatch(currentUser::inGroup)) {
      throw UserFacingException.forbidden(
          "Список сотрудников загружают и просматривают куратор, заместитель директора и директор.");
    }
  }

  static ResponseEntity<ImportResponse> answer(ImportResult result) {
    HttpStatus status = switch (result.outcome()) {
      case IMPORTED -> HttpStatus.OK;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case INVALID_FILE, INVALID_ROWS -> HttpStatus.BAD_REQUEST;
    };
    return ResponseEntity.status(status).body(ImportResponse.of(result));
  }

  private static ResponseEntity<byte[]> download(byte[] body, String asciiName, String name, String type) {
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(name, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()
            .replaceFirst("attachment;", "attachment; filename=\"" + asciiName + "\";"))
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }

  private static String fileName(HttpServletRequest request, String fromQuery) {
    if (fromQuery != null && !fromQuery.isBlank()) {
      return fromQuery;
    }
    String header = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
    if (header != null) {
      try {
        String name = ContentDisposition.parse(header).getFilename();
        if (name != null) {
          return name;
        }
      } catch (IllegalArgumentException ignored) {
        // a malformed header only loses the name
      }
    }
    return null;
  }

  static byte[] readAtMost(InputStream in, long max) throws IOException {
    return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
  }
}
