package ru.nastavnik.documents;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nastavnik.documents.*}.
 *
 * @param templateDir folder of schools' own templates: {@code <templateDir>/<schoolCode>/<KIND>.docx}
 *     is used instead of the built-in template (checked when first used); no rebuild needed
 * @param numberFormat default order number format of schools without their own: {@code {n}} the
 *     number, {@code {nnn}} zero-padded, {@code {yyyy}} / {@code {yy}} the year
 * @param pdf PDF copies made with LibreOffice where {@code soffice} is installed
 */
@ConfigurationProperties("nastavnik.documents")
public record DocumentsProperties(
    @DefaultValue("./data/templates") Path templateDir,
    @DefaultValue("{n}-од") String numberFormat,
    @DefaultValue Pdf pdf) {

  /**
   * @param enabled convert at all
   * @param command the LibreOffice executable, looked up on PATH unless absolute
   * @param timeout a conversion still running then is killed (the DOCX is kept, the PDF is not made)
   */
  public record Pdf(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("soffice") String command,
      @DefaultValue("120s") Duration timeout) {}
}
