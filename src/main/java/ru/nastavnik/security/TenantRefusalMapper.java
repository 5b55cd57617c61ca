package ru.nastavnik.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers a tenant-check refusal ("belongs to no authenticated tenant") with
 * 500; for a user of another school this is a plain 403 with a Russian message. Every other
 * engine exception keeps Camunda's own mapping.
 */
@Priority(1)
public class TenantRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    String message = exception.getMessage();
    if (message != null && message.contains("no authenticated tenant")) {
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "AuthorizationException",
              "message", "Нет доступа: объект принадлежит другой школе."))
          .build();
    }
    return camunda.toResponse(exception);
  }

  /** Registers the mapper with Camunda's Jersey application. */
  @Component
  static class Registration implements ResourceConfigCustomizer {
    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(TenantRefusalMapper.class);
    }
  }
}
