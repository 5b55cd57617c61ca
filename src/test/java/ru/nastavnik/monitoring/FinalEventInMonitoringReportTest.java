package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.documents.SampleFiles;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.pairwork.PairWorkSchool;

/**
 * The monitoring report shows the final event that closed the year: its format, date, participants
 * and materials text, and the files attached to it with links that download them — in the JSON and
 * on the self-contained page for the pedagogical council. A program without a final event says so in
 * Russian; an event without files shows its text and no file list. Over HTTP with the real security
 * configuration; each test creates its own schools (tenants), so nothing meets the demo school.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FinalEventInMonitoringReportTest {

  static final String PASSWORD = "Test#Pass2025";
  static final String SECTION = "<h2>Итоговое мероприятие</h2>";
  static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>");

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext app;
  @Autowired CompletionService completion;
  @Autowired FinalEventRepository events;

  @Test
  void theReportShowsTheFinalEventWithBothAttachedFilesAndTheirLinksDownloadThem() throws Exception {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(0, 0);
    PairWorkSchool.Built other = new PairWorkSchool(app).create(0, 0);
    LocalDate date = LocalDate.of(2027, 5, 22);
    completion.recordFinalEvent(school.programId(), "Итоговая конференция", date, 24,
        "Программа конференции.\nПротокол № 1 <итоги года> & выступления пар", List.of(), school.deputy());
    Long eventId = events.findByProgram(school.programId()).orElseThrow().getId();

    // the curator attaches the протокол (DOCX) and a photo (PNG) over the existing endpoint
    String materialsUrl = "/api/schools/" + school.code() + "/final-events/" + eventId + "/materials";
    byte[] docx = SampleFiles.docx("Протокол итоговой конференции: выступили 6 наставников и 8 наставляемых.");
    byte[] png = SampleFiles.png();
    for (Object[] f : new Object[][] {{"Протокол конференции.docx", docx}, {"Фото выступлений & награждения.png", png}}) {
      ResponseEntity<String> attached = upload(school.curator(), materialsUrl, (String) f[0], (byte[]) f[1]);
      assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(201);
    }

    // the JSON: the event and both files with name, size, content type and the download URL
    String reportUrl = "/api/programs/" + school.programId() + "/monitoring-report";
    JsonNode report = as(school.director()).json(reportUrl);
    assertThat(report.path("finalEvents")).hasSize(1);
    JsonNode event = report.path("finalEvents").get(0);
    assertThat(event.path("eventId").asLong()).isEqualTo(eventId);
    assertThat(event.path("format").asText()).isEqualTo("Итоговая конференция");
    assertThat(event.path("date").asText()).isEqualTo("2027-05-22");
    assertThat(event.path("participants").asInt()).isEqualTo(24);
    assertThat(event.path("materials").asText())
        .isEqualTo("Программа конференции.\nПротокол № 1 <итоги года> & выступления пар");
    JsonNode files = event.path("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("fileName").asText()).isEqualTo("Протокол конференции.docx");
    assertThat(files.get(0).path("size").asLong()).isEqualTo(docx.length);
    assertThat(files.get(0).path("contentType").asText())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(files.get(1).path("fileName").asText()).isEqualTo("Фото выступлений & награждения.png");
    assertThat(files.get(1).path("size").asLong()).isEqualTo(png.length);
    assertThat(files.get(1).path("contentType").asText()).isEqualTo("image/png");
    // the URLs are those of the materials endpoint, and they download the very bytes attached
    List<String> listed = new ArrayList<>();
    as(school.curator()).json(materialsUrl).forEach(m -> listed.add(m.path("url").asText()));
    assertThat(List.of(files.get(0).path("url").asText(), files.get(1).path("url").asText()))
        .isEqualTo(listed).allSatisfy(u -> assertThat(u).startsWith(materialsUrl + "/"));
    assertThat(download(school.director(), files.get(0).path("url").asText())).isEqualTo(docx);
    assertThat(download(school.director(), files.get(1).path("url").asText())).isEqualTo(png);

    // the page: the section follows the pairs' results, fields escaped, both files as working links
    String page = page(school.director(), school.programId());
    assertThat(page).doesNotContain("<script", "https://", "cdn");
    assertThat(page.indexOf(SECTION)).isGreaterThan(page.indexOf("<h2>Итоги работы наставнических пар</h2>"));
    String section = page.substring(page.indexOf(SECTION));
    assertThat(section).doesNotContain("ещё не проведено", "Файлы к мероприятию не приложены")
        .contains("<h3>Итоговая конференция, 22.05.2027</h3>", "<th>Формат</th><td>Итоговая конференция</td>",
            "<th>Дата</th><td>22.05.2027</td>", "<th>Участников</th><td>24</td>",
            "<th>Материалы</th><td>Программа конференции.<br>Протокол № 1 &lt;итоги года&gt; &amp; выступления пар</td>",
            "Приложенные файлы:")
        .doesNotContain("<итоги года>");
    assertThat(section.split("class=\"final-event\"", -1)).hasSize(2);
    Matcher links = LINK.matcher(section);
    List<String[]> found = new ArrayList<>();
    while (links.find()) {
      found.add(new String[] {links.group(1), links.group(2)});
    }
    assertThat(found).hasSize(2);
    assertThat(found.get(0)[1]).isEqualTo("Протокол конференции.docx");
    assertThat(found.get(1)[1]).isEqualTo("Фото выступлений &amp; награждения.png");
    byte[] docxFromPage = download(school.deputy(), found.get(0)[0]);
    assertThat(docxFromPage).isEqualTo(docx);
    try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docxFromPage)))) {
      assertThat(text.getText()).contains("выступили 6 наставников и 8 наставляемых");
    }
    byte[] pngFromPage = download(school.deputy(), found.get(1)[0]);
    assertThat(pngFromPage).isEqualTo(png);
    assertThat(ImageIO.read(new ByteArrayInputStream(pngFromPage)).getWidth()).isEqualTo(40);
    assertThat(section).contains("(" + MonitoringReport.EventFile.readableSize(docx.length) + ")", "(" + MonitoringReport.EventFile.readableSize(png.length) + ")");

    // another school's report shows none of it, and its curator cannot follow the links
    JsonNode otherReport = as(other.curator()).json("/api/programs/" + other.programId() + "/monitoring-report");
    assertThat(otherReport.path("finalEvents")).isEmpty();
    assertThat(page(other.curator(), other.programId())).doesNotContain("Протокол конференции");
    assertThat(rest.withBasicAuth(other.curator(), PASSWORD).getForEntity(found.get(0)[0], String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void withoutAFinalEventThePageSaysSoAndAnEventWithoutFilesShowsItsTextAndNoFileList() {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(0, 0);
    String reportUrl = "/api/programs/" + school.programId() + "/monitoring-report";

    // no final event yet: an empty list and the Russian line
    assertThat(as(school.curator()).json(reportUrl).path("finalEvents")).isEmpty();
    String before = page(school.curator(), school.programId());
    assertThat(before.substring(before.indexOf(SECTION)))
        .contains("<p>Итоговое мероприятие ещё не проведено.</p>").doesNotContain("class=\"final-event\"");

    // the deputy records a round table without files: its text, no file list
    completion.recordFinalEvent(school.programId(), "Круглый стол", LocalDate.of(2027, 5, 27), 15,
        "Круглый стол «Первый год в профессии»: обсудили итоги работы пар.", List.of(), school.deputy());
    JsonNode event = as(school.deputy()).json(reportUrl).path("finalEvents").get(0);
    assertThat(event.path("format").asText()).isEqualTo("Круглый стол");
    assertThat(event.path("date").asText()).isEqualTo("2027-05-27");
    assertThat(event.path("participants").asInt()).isEqualTo(15);
    assertThat(event.path("materials").asText()).isEqualTo("Круглый стол «Первый год в профессии»: обсудили итоги работы пар.");
    assertThat(event.path("files")).isEmpty();
    String after = page(school.deputy(), school.programId());
    String section = after.substring(after.indexOf(SECTION));
    assertThat(section).doesNotContain("ещё не проведено", "<a href", "<ul", "Приложенные файлы")
        .contains("<h3>Круглый стол, 27.05.2027</h3>", "<th>Участников</th><td>15</td>",
            "<th>Материалы</th><td>Круглый стол «Первый год в профессии»: обсудили итоги работы пар.</td>",
            "<p>Файлы к мероприятию не приложены.</p>");
  }

  private ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  private String page(String user, Long programId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> page = rest.withBasicAuth(user, PASSWORD).exchange("/api/programs/" + programId
        + "/monitoring-report/page", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
    assertThat(String.valueOf(page.getHeaders().getContentType())).startsWith("text/html");
    return page.getBody();
  }

  private byte[] download(String user, String url) {
    ResponseEntity<byte[]> file = rest.withBasicAuth(user, PASSWORD).getForEntity(url, byte[].class);
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    return file.getBody();
  }

  private ResponseEntity<String> upload(String user, String url, String name, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, PASSWORD).postForEntity(url, new HttpEntity<>(body, headers), String.class);
  }


}
