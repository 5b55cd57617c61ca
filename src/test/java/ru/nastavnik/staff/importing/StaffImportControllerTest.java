package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.common.ApiExceptionHandler;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;

/**
 * The HTTP contract of the staff import: statuses, Russian messages, who may call it. The real
 * {@link CurrentUser} reads a Camunda authentication from a mocked {@link IdentityService}.
 */
@WebMvcTest
@ContextConfiguration(classes = StaffImportControllerTest.Web.class)
class StaffImportControllerTest {

  @Configuration
  @EnableConfigurationProperties(StaffImportProperties.class)
  @Import({StaffImportController.class, UploadExceptionHandler.class, ApiExceptionHandler.class, CurrentUser.class})
  static class Web {
  }

  static final long MAX = 5L * 1024 * 1024;

  @Autowired MockMvc mvc;
  @MockitoBean StaffImportService imports;
  @MockitoBean IdentityService identity;

  @BeforeEach
  void limits() {
    when(imports.maxBytes()).thenReturn(MAX);
    signIn("kurator", List.of("curator", "mentor"), List.of("starica"));
  }

  void signIn(String user, List<String> groups, List<String> tenants) {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, groups, tenants));
  }

  static ImportResult ok() {
    return ImportResult.imported("staff.xlsx", "XLSX", 3, 2, 1, 0, List.of(11L, 12L));
  }

  @Test
  void theCuratorUploadsAFormFile() throws Exception {
    byte[] xlsx = StaffFiles.xlsx(StaffFiles.threeStaff());
    when(imports.importFile("starica", "staff.xlsx", xlsx, "kurator")).thenReturn(ok());

    mvc.perform(multipart("/api/schools/starica/staff/import")
            .file(new MockMultipartFile("file", "staff.xlsx", "application/octet-stream", xlsx)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.message").value("Список сотрудников загружен: добавлено 2, обновлено 1, без изменений 0."))
        .andExpect(jsonPath("$.outcome").value("IMPORTED"))
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.createdStaffIds[1]").value(12))
        .andExpect(jsonPath("$.errors").isEmpty());
  }

  @Test
  void aRawBodyIsTakenWhateverItsDeclaredType() throws Exception {
    byte[] csv = StaffTemplate.csv();
    when(imports.importFile("starica", "сотрудники.csv", csv, "kurator")).thenReturn(ok());

    mvc.perform(post("/api/schools/starica/staff/import").contentType(StaffImportController.XLSX).content(csv)
            .header("Content-Disposition", "attachment; filename*=UTF-8''%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D0%BA%D0%B8.csv"))
        .andExpect(status().isOk());
    verify(imports).importFile("starica", "сотрудники.csv", csv, "kurator");

    when(imports.importFile("starica", "b.csv", csv, "kurator")).thenReturn(ok());
    mvc.perform(post("/api/schools/starica/staff/import?fileName=b.csv").content(csv))
        .andExpect(status().isOk());
  }

  @Test
  void invalidRowsAnswer400WithEveryError() throws Exception {
    List<ImportError> errors = List.of(new ImportError(3, "Фамилия", "не указана фамилия."),
        new ImportError(5, "Предметы", "неизвестный предмет «Труды»."));
    when(imports.importFile(eq("starica"), any(), any(), eq("kurator"))).thenReturn(
        ImportResult.failed("staff.csv", "CSV", 4, ImportResult.Outcome.INVALID_ROWS, errors, 1000));

    mvc.perform(post("/api/schools/starica/staff/import").contentType("text/csv").content("x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(startsWith("Файл не загружен: найдено ошибок — 2.")))
        .andExpect(jsonPath("$.errorCount").value(2))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("Фамилия"))
        .andExpect(jsonPath("$.errors[1].message").value("неизвестный предмет «Труды»."));
  }

  @Test
  void aFiftyMegabyteBodyIsRefusedBeforeTheImporterSeesIt() throws Exception {
    byte[] huge = new byte[50 * 1024 * 1024];
    mvc.perform(post("/api/schools/starica/staff/import").contentType("text/csv").content(huge))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.outcome").value("TOO_LARGE"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("Файл слишком большой (50 МБ)")));
    mvc.perform(multipart("/api/schools/starica/staff/import")
            .file(new MockMultipartFile("file", "big.xlsx", StaffImportController.XLSX, huge)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.message").value(startsWith("Файл не загружен. Файл слишком большой (50 МБ)")));
    verify(imports, never()).importFile(anyString(), any(), any(), any());
  }

  @Test
  void anotherSchoolOrAnotherRoleIsForbidden() throws Exception {
    mvc.perform(get("/api/schools/other/staff"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Нет доступа к данным этой школы."));

    signIn("ivanovamp", List.of("mentor", "mentee"), List.of("starica"));
    mvc.perform(post("/api/schools/starica/staff/import").contentType("text/csv").content("x"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(startsWith("Список сотрудников загружают и просматривают куратор")));
    mvc.perform(get("/api/schools/starica/staff")).andExpect(status().isForbidden());
    verify(imports, never()).importFile(anyString(), any(), any(), any());
    verify(imports, never()).staffOf(anyString());
  }

  @Test
  void directorsDeputiesAndAdministratorsMayListStaff() throws Exception {
    when(imports.staffOf("starica")).thenReturn(List.of(new StaffView(1L, "0001", "direktor", "Соколова", "Елена",
        "Викторовна", "Соколова Елена Викторовна", "Директор", List.of("История"), 28, LocalDate.of(2012, 8, 15),
        "высшая", "direktor@starica.example", List.of("director"), true)));
    for (List<String> groups : List.of(List.of("director"), List.of("deputy"), List.of("camunda-admin"))) {
      signIn("someone", groups, groups.contains("camunda-admin") ? List.of() : List.of("starica"));
      mvc.perform(get("/api/schools/starica/staff"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$[0].username").value("direktor"))
          .andExpect(jsonPath("$[0].hiredOn").value("2012-08-15"))
          .andExpect(jsonPath("$[0].roles[0]").value("director"));
    }
  }

  @Test
  void withoutSignInTheAnswerIs401() throws Exception {
    when(identity.getCurrentAuthentication()).thenReturn(null);
    mvc.perform(get("/api/staff-import/template.xlsx")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/schools/starica/staff")).andExpect(status().isUnauthorized());
  }

  @Test
  void aMissingFilePartIsExplainedInRussian() throws Exception {
    mvc.perform(multipart("/api/schools/starica/staff/import")
            .file(new MockMultipartFile("document", "staff.xlsx", null, new byte[] {1})))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("В запросе нет файла: передайте его в поле «file»."));
  }

  @Test
  void templatesDownloadAndParseBack() throws Exception {
    for (String kind : List.of("xlsx", "csv")) {
      byte[] body = mvc.perform(get("/api/staff-import/template." + kind))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"staff-template.")))
          .andReturn().getResponse().getContentAsByteArray();
      StaffFileReader.Parsed parsed = new StaffFileReader(StaffImportProperties.defaults()).read(body);
      assertThat(parsed.format).isEqualToIgnoringCase(kind);
      assertThat(parsed.errors).isEmpty();
      assertThat(parsed.rows).hasSize(1);
    }
  }

  @Test
  void anUnknownSchoolIsNotFound() throws Exception {
    signIn("admin", List.of("camunda-admin"), List.of());
    when(imports.staffOf("nope")).thenThrow(UserFacingException.notFound("Школа с кодом «nope» не найдена."));
    mvc.perform(get("/api/schools/nope/staff"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Школа с кодом «nope» не найдена."));
  }
}
