package ru.nastavnik.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator endpoints other than {@code /actuator/health} (for load balancers) need an
 * administrator's login (HTTP Basic, group {@code camunda-admin}): info and metrics tell an
 * attacker too much.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

  public ActuatorAccessFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход администратора.");
      response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\"");
      return;
    }
    boolean admin = engine.getIdentityService().createGroupQuery().groupMember(result.getAuthenticatedUser())
        .groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    if (!admin) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Доступно только администратору.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
