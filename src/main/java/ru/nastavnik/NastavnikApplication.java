package ru.nastavnik;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Nastavnik: the target model of teacher mentoring as an executable Camunda 7 process application. */
@SpringBootApplication
@EnableProcessApplication("nastavnik")
@ConfigurationPropertiesScan
public class NastavnikApplication {

  public static void main(String[] args) {
    SpringApplication.run(NastavnikApplication.class, args);
  }
}
