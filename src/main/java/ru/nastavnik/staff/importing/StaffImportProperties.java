package ru.nastavnik.staff.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the staff import ({@code nastavnik.import.*}).
 *
 * @param maxBytes largest accepted file; bigger uploads are refused before any parsing
 * @param maxRows largest number of staff rows in one file
 * @param maxUnzippedBytes largest total size of an XLSX once unpacked (zip bomb guard)
 * @param maxListedErrors how many errors one answer lists at most (the count is always exact)
 */
@ConfigurationProperties("nastavnik.import")
public record StaffImportProperties(
    @DefaultValue("5MB") DataSize maxBytes,
    @DefaultValue("20000") int maxRows,
    @DefaultValue("100MB") DataSize maxUnzippedBytes,
    @DefaultValue("1000") int maxListedErrors) {

  public static StaffImportProperties defaults() {
    return new StaffImportProperties(DataSize.ofMegabytes(5), 20_000, DataSize.ofMegabytes(100), 1000);
  }
}
