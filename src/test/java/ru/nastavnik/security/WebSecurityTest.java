package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.security.WebHeaders.basic;
import static ru.nastavnik.security.WebHeaders.send;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The passive rules of OWASP ZAP's baseline scan as assertions, over plain HTTP: X-Frame-Options
 * (10020), X-Content-Type-Options (10021), CSP (10038) on the webapps and on the application's own
 * API; CSRF enforced on the webapps' API; cookies HttpOnly (10010) and SameSite; actuator closed
 * except health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTest {

  static final String PASSWORD = "Test#Pass2025";
  static final String ADMIN_PASSWORD = "Test#Root2025x";

  @LocalServerPort int port;

  @Test
  void webappPagesCarrySecurityHeaders() {
    for (String page : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/"}) {
      HttpResponse<String> r = send(port, "GET", page, null);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().allValues("X-Content-Type-Options")).as(page).containsExactly("nosniff");
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(page).get().asString()
          .contains("frame-ancestors 'none'").contains("object-src 'none'");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(page).hasValue("SAMEORIGIN");
      String xsrf = WebHeaders.cookie(r, "XSRF-TOKEN");
      assertThat(xsrf).contains("SameSite=");
    }
  }

  @Test
  void theApplicationsOwnApiCarriesSecurityHeaders() {
    for (String path : new String[] {"/api/tasks", "/api/schools/starica/programs"}) {
      HttpResponse<String> ok = send(port, "GET", path, null, "Authorization", basic("kurator", PASSWORD));
      HttpResponse<String> refused = send(port, "GET", path, null);
      for (HttpResponse<String> r : java.util.List.of(ok, refused)) {
        assertThat(r.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
            .contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      }
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(refused.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> rest = send(port, "GET", "/engine-rest/engine", null);
    assertThat(rest.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
  }

  @Test
  void webappApiRefusesAPostWithoutTheCsrfToken() {
    HttpResponse<String> page = send(port, "GET", "/camunda/app/tasklist/default/", null);
    String xsrf = WebHeaders.cookie(page, "XSRF-TOKEN");
    String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
    String session = WebHeaders.cookies(page).stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .map(c -> c.substring(0, c.indexOf(';'))).orElse("");
    String cookies = "XSRF-TOKEN=" + token + (session.isEmpty() ? "" : "; " + session);

    HttpResponse<String> noToken = send(port, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=admin&password=" + ADMIN_PASSWORD, "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  void actuatorHealthIsOpenEverythingElseNeedsTheAdministrator() {
    // open without a login (503 here: the test profile switches the job executor off)
    HttpResponse<String> health = send(port, "GET", "/actuator/health", null);
    assertThat(health.statusCode()).isIn(200, 503);
    assertThat(health.body()).contains("\"status\"");
    assertThat(send(port, "GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
    assertThat(send(port, "GET", "/actuator/info", null).statusCode()).isEqualTo(401);
    assertThat(send(port, "GET", "/actuator/metrics", null, "Authorization", basic("kurator", PASSWORD)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> metrics = send(port, "GET", "/actuator/metrics", null, "Authorization", basic("admin", ADMIN_PASSWORD));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("nastavnik.jobs.executable").contains("nastavnik.jobs.failed")
        .contains("nastavnik.incidents.open");
    HttpResponse<String> failed = send(port, "GET", "/actuator/metrics/nastavnik.jobs.failed", null, "Authorization",
        basic("admin", ADMIN_PASSWORD));
    assertThat(failed.statusCode()).isEqualTo(200);
  }
}
