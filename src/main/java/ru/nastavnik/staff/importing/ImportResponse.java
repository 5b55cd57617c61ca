package ru.nastavnik.staff.importing;

import java.util.List;

/** The JSON answer of an import: the Russian message, the counts and every listed error. */
public record ImportResponse(
    String message,
    String outcome,
    String fileName,
    String format,
    int rows,
    int created,
    int updated,
    int unchanged,
    List<Long> createdStaffIds,
    int errorCount,
    List<ImportError> errors) {

  static ImportResponse of(ImportResult r) {
    return new ImportResponse(r.message(), r.outcome().name(), r.fileName(), r.format(), r.rows(), r.created(),
        r.updated(), r.unchanged(), r.createdStaffIds(), r.errorCount(), r.errors());
  }
}
