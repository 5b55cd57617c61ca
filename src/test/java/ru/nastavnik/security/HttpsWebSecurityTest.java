package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.security.WebHeaders.basic;
import static ru.nastavnik.security.WebHeaders.send;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code production} profile behind a TLS-terminating proxy ({@code X-Forwarded-Proto: https}):
 * cookies Secure, HttpOnly and SameSite (ZAP 10010, 10011), HSTS (10035) on the webapps and on the
 * application's API.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
class HttpsWebSecurityTest {

  static final String PASSWORD = "Test#Pass2025";

  @LocalServerPort int port;

  @Test
  void overHttpsCookiesAreSecureAndHstsIsSent() {
    HttpResponse<String> page = send(port, "GET", "/camunda/app/tasklist/default/", null, "X-Forwarded-Proto", "https");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=31536000");
    String xsrf = WebHeaders.cookie(page, "XSRF-TOKEN");
    assertThat(xsrf).contains("Secure").contains("SameSite=Lax");
    for (String cookie : WebHeaders.cookies(page)) {
      assertThat(cookie).as(cookie).contains("Secure");
      if (cookie.startsWith("JSESSIONID=")) {
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
      }
    }

    HttpResponse<String> api = send(port, "GET", "/api/tasks", null, "Authorization", basic("kurator", PASSWORD),
        "X-Forwarded-Proto", "https");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(api.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
  }
}
