package ru.nastavnik.staff.importing;

/** The file as a whole cannot be used; carries the Russian explanation. Internal to the importer. */
class ImportRejectedException extends Exception {

  private final ImportResult.Outcome outcome;

  ImportRejectedException(String message) {
    this(ImportResult.Outcome.INVALID_FILE, message);
  }

  ImportRejectedException(ImportResult.Outcome outcome, String message) {
    super(message, null, false, false);
    this.outcome = outcome;
  }

  ImportResult.Outcome outcome() {
    return outcome;
  }
}
