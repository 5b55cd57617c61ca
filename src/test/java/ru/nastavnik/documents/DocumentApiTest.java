package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ru.nastavnik.common.ApiExceptionHandler;
import ru.nastavnik.documents.DemoSchool.Demo;
import ru.nastavnik.documents.template.TemplateException;

/**
 * The REST API scoped by school (Camunda tenants of the caller), and schools' own templates from
 * the folder and by upload.
 */
@DocumentsTest
class DocumentApiTest {

  @Autowired DocumentController documentController;
  @Autowired DocumentTemplateController templateController;
  @Autowired DocumentService documents;
  @Autowired TemplateStore templates;
  @Autowired DemoSchool demoSchool;
  @Autowired IdentityService identity;

  MockMvc mvc;
  Demo a;
  Demo b;
  GeneratedDocument orderA;
  GeneratedDocument orderB;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.standaloneSetup(documentController, templateController)
        .setControllerAdvice(new ApiExceptionHandler())
        .setMessageConverters(new ByteArrayHttpMessageConverter(),
            new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()))
        .build();
    a = demoSchool.create();
    b = demoSchool.create();
    orderA = documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, a.code(), a.programId(), "a1"));
    orderB = documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, b.code(), b.programId(), "b1"));
    documents.generate(GenerationRequest.of(DocumentKind.ANALYTIC_NOTE, a.code(), a.programId(), "a2"));
    login("director", a.code());
  }

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  @Test
  void listsAndDownloadsOnlyTheCallersSchool() throws Exception {
    mvc.perform(get("/api/schools/{code}/documents", a.code()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[?(@.kind=='ORDER_PAIRS')].number").value("1-од"))
        .andExpect(jsonPath("$[?(@.kind=='ANALYTIC_NOTE')].number").value((Object) null));
    mvc.perform(get("/api/schools/{code}/documents", a.code()).param("kind", "ORDER_PAIRS"))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].title").value("О закреплении наставнических пар (групп)"))
        .andExpect(jsonPath("$[0].date").value("2025-08-15"));

    byte[] docx = mvc.perform(get("/api/documents/{id}/docx", orderA.id()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", DocumentService.DOCX_MIME))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(DocxRead.text(docx)).contains("№ 1-од");

    mvc.perform(get("/api/schools/{code}/documents", b.code())).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Нет доступа к данным этой школы."));
    mvc.perform(get("/api/documents/{id}", orderB.id())).andExpect(status().isForbidden());
    mvc.perform(get("/api/documents/{id}/docx", orderB.id())).andExpect(status().isForbidden());
    mvc.perform(get("/api/documents/{id}/docx", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/api/documents/{id}/pdf", orderA.id())).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("LibreOffice")));
  }

  @Test
  void theRegisterListsOrdersInNumberOrderAndADirectorCancelsOne() throws Exception {
    GeneratedDocument second = documents.generate(GenerationRequest.of(DocumentKind.ORDER_MENTORS, a.code(),
        a.programId(), "a3"));
    mvc.perform(post("/api/documents/{id}/cancel", orderA.id()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Изменён состав пар\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    mvc.perform(get("/api/schools/{code}/register", a.code()).param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].number").value(org.hamcrest.Matchers.contains("1-од", "2-од")))
        .andExpect(jsonPath("$[0].status").value("CANCELLED"))
        .andExpect(jsonPath("$[1].id").value(second.id()));

    login("mentor", a.code());
    mvc.perform(post("/api/documents/{id}/cancel", second.id()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
    mvc.perform(put("/api/schools/{code}/register/settings", a.code()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"numberFormat\":\"{n}-к\"}")).andExpect(status().isForbidden());
    login("director", a.code());
    mvc.perform(put("/api/schools/{code}/register/settings", a.code()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"numberFormat\":\"{n}-к\"}")).andExpect(status().isOk())
        .andExpect(jsonPath("$.numberFormat").value("{n}-к"));
  }

  @Test
  void anUploadedTemplateWithAnUnknownPlaceholderIsRejectedWithItsName() throws Exception {
    byte[] bad = SampleFiles.docx("Приказ № {{doc.number}} для {{school.director}}");
    mvc.perform(multipart(HttpMethod.PUT, "/api/schools/{code}/document-templates/ORDER_CURATOR", a.code())
            .file(new MockMultipartFile("file", "bad.docx", DocumentService.DOCX_MIME, bad)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("{{school.director}}")));

    byte[] good = SampleFiles.docx("ОСОБЫЙ ПРИКАЗ № {{doc.number}} {{school.shortName}} куратор {{curator.name}}");
    mvc.perform(put("/api/schools/{code}/document-templates/ORDER_CURATOR", a.code())
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(good))
        .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("UPLOADED"))
        .andExpect(jsonPath("$.usedFields").value(org.hamcrest.Matchers.hasItem("curator.name")));
    GeneratedDocument d = documents.generate(GenerationRequest.of(DocumentKind.ORDER_CURATOR, a.code(), a.programId(), "c"));
    assertThat(DocxRead.text(d.docx())).contains("ОСОБЫЙ ПРИКАЗ № 2-од МБОУ «СОШ ст. Старица» куратор Соколова Анастасия Юрьевна");

    mvc.perform(get("/api/schools/{code}/document-templates", a.code())).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind=='ORDER_CURATOR')].source").value("UPLOADED"))
        .andExpect(jsonPath("$[?(@.kind=='ORDER_PAIRS')].source").value("BUILT_IN"));
    mvc.perform(delete("/api/schools/{code}/document-templates/ORDER_CURATOR", a.code())).andExpect(status().isNoContent());
    mvc.perform(delete("/api/schools/{code}/document-templates/ORDER_CURATOR", a.code())).andExpect(status().isNotFound());

    login("mentor", a.code());
    mvc.perform(put("/api/schools/{code}/document-templates/ORDER_CURATOR", a.code())
        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(good)).andExpect(status().isForbidden());
    login("director", a.code());
    mvc.perform(put("/api/schools/{code}/document-templates/NO_SUCH_KIND", a.code())
        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(good)).andExpect(status().isNotFound());
  }

  @Test
  void aSchoolsTemplateThatLeavesOutWhatTheBuiltInOneFillsInIsShownWithTheMissingFields() throws Exception {
    // a note template edited before the built-in one gained the final event: scores, no final event
    byte[] old = SampleFiles.docx("Справка: итог {{results.total}} баллов, уровень {{results.level}}, пар"
        + " {{stats.pairs}}, {{signer.position}} {{signer.signature}}");
    mvc.perform(put("/api/schools/{code}/document-templates/MONITORING_NOTE", a.code())
            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(old))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.missingFields").value(org.hamcrest.Matchers.hasItem("finalEvent.summary")))
        .andExpect(jsonPath("$.missingFields").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("results.total"))))
        .andExpect(jsonPath("$.missingLists").value(org.hamcrest.Matchers.containsInAnyOrder("scores", "finalEvents")))
        .andExpect(jsonPath("$.notice").value(org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.startsWith("В шаблоне школы нет сведений, которые заполняет встроенный шаблон:"),
            org.hamcrest.Matchers.containsString("{{finalEvent.summary}}"),
            org.hamcrest.Matchers.containsString("список finalEvents"))));
    // the list shows it too; a built-in template leaves nothing out
    mvc.perform(get("/api/schools/{code}/document-templates", a.code())).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind=='MONITORING_NOTE')].notice").value(
            org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("{{finalEvent.summary}}"))))
        .andExpect(jsonPath("$[?(@.kind=='ORDER_PAIRS')].missingFields[*]").isEmpty())
        .andExpect(jsonPath("$[?(@.kind=='ORDER_PAIRS')].notice").value(org.hamcrest.Matchers.contains((Object) null)));
    // the built-in template itself, uploaded as the school's own, leaves nothing out
    mvc.perform(put("/api/schools/{code}/document-templates/MONITORING_NOTE", a.code())
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .content(templates.find(demoSchool.create().school(), DocumentKind.MONITORING_NOTE).content()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("UPLOADED"))
        .andExpect(jsonPath("$.missingFields").isEmpty()).andExpect(jsonPath("$.missingLists").isEmpty())
        .andExpect(jsonPath("$.notice").doesNotExist());
  }

  @Test
  void aTemplateInTheSchoolsFolderIsUsedWithoutRebuildAndCheckedOnFirstUse() throws IOException {
    Path dir = templates.folderOf(a.code());
    Files.createDirectories(dir);
    Files.write(dir.resolve("ORDER_MENTORS.docx"), SampleFiles.docx("Папка: {{#mentors}}"));
    Files.write(dir.resolve("ORDER_AWARDS.docx"), SampleFiles.docx("Награды школы {{school.shortName}} № {{doc.number}}"));
    try {
      assertThatThrownBy(() -> documents.generate(GenerationRequest.of(DocumentKind.ORDER_MENTORS, a.code(),
          a.programId(), "f1")))
          .isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.placeholder()).isEqualTo("{{#mentors}}");
            assertThat(e.getMessage()).contains("ORDER_MENTORS.docx", "папка шаблонов школы");
          });
      GeneratedDocument d = documents.generate(GenerationRequest.of(DocumentKind.ORDER_AWARDS, a.code(),
          a.programId(), "f2"));
      assertThat(DocxRead.text(d.docx())).contains("Награды школы МБОУ «СОШ ст. Старица» № 2-од");
      assertThat(documents.find(d.id()).orElseThrow().getTemplateSource()).isEqualTo("FOLDER");
    } finally {
      Files.delete(dir.resolve("ORDER_MENTORS.docx"));
      Files.delete(dir.resolve("ORDER_AWARDS.docx"));
    }
  }

  @Test
  void anUploadedFileIsListedWithTheDocumentsServedAsWhatItIsAndHasNoTemplate() throws Exception {
    byte[] pdf = "%PDF-1.4\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Document d = documents.storeFile(a.code(), a.programId(), DocumentKind.FINAL_EVENT_MATERIALS,
        "Материалы итогового мероприятия — Программа.pdf", "Программа.pdf", pdf, "user-curator", "upload-" + a.code());
    mvc.perform(get("/api/schools/{code}/documents", a.code()).param("kind", "FINAL_EVENT_MATERIALS"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].kindTitle").value("Материалы итогового мероприятия"))
        .andExpect(jsonPath("$[0].fileName").value("Программа.pdf"));
    byte[] back = mvc.perform(get("/api/documents/{id}/docx", d.getId())).andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(back).isEqualTo(pdf);
    assertThat(mvc.perform(get("/api/documents/{id}/pdf", d.getId())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
    login("director", b.code());
    mvc.perform(get("/api/documents/{id}/docx", d.getId())).andExpect(status().isForbidden());
    // no template to list, download or replace
    login("director", a.code());
    mvc.perform(get("/api/schools/{code}/document-templates", a.code())).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind=='FINAL_EVENT_MATERIALS')]").isEmpty());
    mvc.perform(get("/api/schools/{code}/document-templates/FINAL_EVENT_MATERIALS", a.code()))
        .andExpect(status().isNotFound());
  }

  private void login(String group, String school) {
    identity.setAuthentication("user-" + group, List.of(group), List.of(school));
  }

}
