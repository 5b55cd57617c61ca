package ru.nastavnik.roadmap;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.security.ApiAuthenticationFilter;

/** The roadmap page ({@code /roadmap/*}) asks for a login exactly as {@code /api/*} does. */
@Configuration
public class RoadmapWebConfig {

  @Bean
  public FilterRegistrationBean<Filter> roadmapPageAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("roadmap-page-authentication");
    registration.addUrlPatterns("/roadmap/*");
    registration.setOrder(12);
    return registration;
  }
}
