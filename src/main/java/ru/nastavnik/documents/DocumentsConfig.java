package ru.nastavnik.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.template.DocxTemplateEngine;

@Configuration
@EnableConfigurationProperties(DocumentsProperties.class)
public class DocumentsConfig {

  @Bean
  DocxTemplateEngine docxTemplateEngine() {
    return new DocxTemplateEngine();
  }
}
