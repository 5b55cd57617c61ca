package ru.nastavnik.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic for Camunda's REST API ({@code /engine-rest/*}, Camunda's own filter; only the engine
 * list stays open) and for the application's own API ({@code /api/*}). Both check passwords with
 * Camunda's identity service, whose login delay and lock-out ({@code loginMaxAttempts}) throttle
 * wrong passwords.
 */
@Configuration
public class RestAuthenticationConfig {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(11);
    return registration;
  }

  /** Security headers on every response, before anything else answers. */
  @Bean
  public FilterRegistrationBean<Filter> securityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Integer.MIN_VALUE + 100);
    return registration;
  }

  /** Actuator: health open for load balancers, everything else for administrators. */
  @Bean
  public FilterRegistrationBean<Filter> actuatorAccessFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ActuatorAccessFilter(engine));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(12);
    return registration;
  }
}
