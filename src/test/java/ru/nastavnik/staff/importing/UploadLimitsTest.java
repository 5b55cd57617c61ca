package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.nastavnik.common.ApiExceptionHandler;
import ru.nastavnik.security.CurrentUser;

/**
 * Uploads through a real Tomcat: Spring's multipart limit is raised to admit a staff file of
 * {@code nastavnik.import.max-bytes}, and an upload over Spring's limit is refused with a Russian
 * message although no controller has been chosen yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = UploadLimitsTest.Web.class,
    properties = {"spring.servlet.multipart.max-file-size=100KB", "spring.servlet.multipart.max-request-size=100KB",
        "nastavnik.import.max-bytes=256KB"})
class UploadLimitsTest {

  @Configuration
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
      MultipartAutoConfiguration.class})
  @EnableConfigurationProperties(StaffImportProperties.class)
  @Import({StaffImportController.class, UploadExceptionHandler.class, ApiExceptionHandler.class, CurrentUser.class,
      UploadLimits.class})
  static class Web {
  }

  @LocalServerPort int port;
  @Autowired MultipartConfigElement multipart;
  @MockitoBean StaffImportService imports;
  @MockitoBean IdentityService identity;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void signedIn() {
    when(identity.getCurrentAuthentication())
        .thenReturn(new Authentication("kurator", List.of("curator"), List.of("starica")));
    when(imports.maxBytes()).thenReturn(256L * 1024);
    when(imports.importFile(eq("starica"), any(), any(), eq("kurator")))
        .thenReturn(ImportResult.imported("staff.xlsx", "XLSX", 1, 1, 0, 0, List.of(1L)));
  }

  private HttpResponse<String> upload(int size) throws Exception {
    String boundary = "----nastavnik" + size;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.xlsx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(new byte[size]);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/schools/starica/staff/import"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void springsLimitIsRaisedToTheImportLimit() throws Exception {
    assertThat(multipart.getMaxFileSize()).isEqualTo(256L * 1024);
    assertThat(multipart.getMaxRequestSize()).isEqualTo(256L * 1024 + UploadLimits.REQUEST_OVERHEAD);
    assertThat(upload(200 * 1024).statusCode()).isEqualTo(200);
  }

  @Test
  void anUploadOverSpringsLimitGetsARussianAnswer() throws Exception {
    HttpResponse<String> response = upload(1536 * 1024);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("Файл слишком большой: принимаются файлы размером не более 256 КБ.");
  }

  @Test
  void largerLimitsAreLeftAlone() {
    UploadLimits limits = new UploadLimits(new MockEnvironment().withProperty("nastavnik.import.max-bytes", "5MB"));
    MultipartConfigElement bigger = new MultipartConfigElement("", 50L << 20, 50L << 20, 0);
    assertThat(limits.postProcessAfterInitialization(bigger, "multipartConfigElement")).isSameAs(bigger);
    MultipartConfigElement unlimited = new MultipartConfigElement("", -1, -1, 0);
    assertThat(limits.postProcessAfterInitialization(unlimited, "multipartConfigElement")).isSameAs(unlimited);
    MultipartConfigElement springDefault = new MultipartConfigElement("", 1L << 20, 10L << 20, 0);
    MultipartConfigElement raised = (MultipartConfigElement) limits.postProcessAfterInitialization(springDefault, "m");
    assertThat(raised.getMaxFileSize()).isEqualTo(5L << 20);
    assertThat(raised.getMaxRequestSize()).isEqualTo(10L << 20);
  }
}
