package ru.nastavnik.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a person is looked for: the rows of their own school (the school's tables, the tenant's
 * Camunda rows) with every form of their name no colleague shares, every other row with their e-mail,
 * login and — while nobody else bears it — their full name only. A withdrawal therefore never
 * rewrites a namesake's data, in the same school or another.
 */
public record PersonScope(Long schoolId, String schoolCode, PersonMatcher inSchool, PersonMatcher outside) {

  /** The matcher for a row: of the person's school or not. */
  public PersonMatcher forRow(boolean ofTheSchool) {
    return ofTheSchool ? inSchool : outside;
  }

  /** Fragments any mention in any row contains (the pre-filter of database scans). */
  public List<String> probes() {
    Set<String> all = new LinkedHashSet<>(inSchool.probes());
    all.addAll(outside.probes());
    return List.copyOf(all);
  }

  public String label() {
    return inSchool.label();
  }

  public String pseudonym() {
    return inSchool.pseudonym();
  }
}
