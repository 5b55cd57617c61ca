package ru.nastavnik.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the application's own API ({@code /api/*}), against Camunda's identity service,
 * exactly as Camunda's REST API is protected: the request runs as the user with their groups and
 * schools (tenants), so engine calls are authorization- and tenant-checked.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  private AuthenticationResult fromWebappSession(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session == null) {
      return AuthenticationResult.unsuccessful();
    }
    var auths = org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.getAuthsFromSession(session);
    var auth = auths == null ? null : auths.getAuthenticationForProcessEngine(engine.getName());
    return auth == null || auth.getIdentityId() == null
        ? AuthenticationResult.unsuccessful() : AuthenticationResult.successful(auth.getIdentityId());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated() && request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
      // a download link in a Tasklist form: the user is signed in to the webapps (read-only, so no CSRF risk)
      result = fromWebappSession(request);
    }
    if (!result.isAuthenticated()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(
          "{\"message\":\"Требуется вход в систему: укажите логин и пароль.\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    IdentityService identity = engine.getIdentityService();
    String userId = result.getAuthenticatedUser();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    try {
      identity.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
