package ru.nastavnik.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Looks for strings in every text column of every table (and in the bytes of binary columns,
 * decoded as UTF-8), found through the database's own catalogue, so tables added later are
 * covered without changing the test. Case-insensitive.
 */
final class TraceScan {

  private static final Set<Integer> TEXT = Set.of(Types.VARCHAR);
  private static final Set<Integer> BINARY = Set.of(Types.BLOB);

  /** A hit: table, column, the needle found and a short excerpt around it. */
  record Hit(String table, String column, String needle, String excerpt) {
    @Override
    public String toString() {
      return table + "." + column + " contains «" + needle + "»: …" + excerpt + "…";
    }
  }

  private TraceScan() {}

  /**
   * What a person is found by: the last name without its ending (so «Гусевой» is found too) — or,
   * when that stem is part of a colleague's name, the last name in each of its case forms; when a
   * colleague has the same surname, the surname with this person's first initial —, the
   * first name — unless a colleague has the same one, which then is no trace of this person —,
   * the e-mail and the login.
   */
  static List<String> needles(ru.nastavnik.staff.StaffRepository staff, String login) {
    ru.nastavnik.staff.StaffMember s = staff.findByUsername(login).orElseThrow();
    String last = s.getLastName();
    String stem = last.endsWith("а") ? last.substring(0, last.length() - 1) : last;
    List<String> needles = new ArrayList<>(List.of(s.getEmail(), login));
    // a stem that is part of a colleague's name («Алексеев» in «Алексеевна») is no trace of this
    // person: their surname is then looked for in each of its case forms instead
    String lower = stem.toLowerCase(Locale.ROOT);
    boolean shared = staff.findAll().stream().filter(o -> !o.getId().equals(s.getId()))
        .flatMap(o -> java.util.stream.Stream.of(o.getLastName(), o.getFirstName(), o.getMiddleName()))
        .anyMatch(n -> n != null && n.toLowerCase(Locale.ROOT).contains(lower));
    boolean namesake = staff.findAll().stream()
        .anyMatch(o -> !o.getId().equals(s.getId()) && o.getLastName().equalsIgnoreCase(last));
    if (namesake) {
      // a colleague with the same surname (in another school, say): the surname with this person's initial
      needles.add(0, last + " " + s.getFirstName().charAt(0));
    } else if (shared && !stem.equals(last)) {
      needles.addAll(0, List.of(last, stem + "ой", stem + "у", stem + "ою"));
    } else {
      needles.add(0, stem);
    }
    if (staff.findAll().stream().noneMatch(o -> !o.getId().equals(s.getId()) && o.getFirstName().equals(s.getFirstName()))) {
      needles.add(needles.size() - 2, s.getFirstName());
    }
    return needles;
  }

  /** Camunda's ACT_* tables, or every other table (the domain) — Flyway's history excepted. */
  static List<Hit> scan(DataSource dataSource, List<String> needles, boolean camundaTables) throws SQLException {
    List<Hit> hits = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (Map.Entry<String, Map<String, Integer>> table : columns(c).entrySet()) {
        boolean camunda = table.getKey().toUpperCase(Locale.ROOT).startsWith("ACT_");
        if (camunda != camundaTables || table.getKey().toLowerCase(Locale.ROOT).startsWith("flyway")) {
          continue;
        }
        for (Map.Entry<String, Integer> column : table.getValue().entrySet()) {
          boolean binary = BINARY.contains(column.getValue());
          if (!binary && !TEXT.contains(column.getValue())) {
            continue;
          }
          String sql = "select " + column.getKey() + " from " + table.getKey() + " where " + column.getKey() + " is not null";
          try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              String value = binary ? utf8(rs.getBytes(1)) : rs.getString(1);
              if (value == null) {
                continue;
              }
              String lower = value.toLowerCase(Locale.ROOT);
              for (String needle : needles) {
                int at = lower.indexOf(needle.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                  hits.add(new Hit(table.getKey(), column.getKey(), needle,
                      value.substring(Math.max(0, at - 40), Math.min(value.length(), at + needle.length() + 40))));
                }
              }
            }
          }
        }
      }
    }
    return hits;
  }

  /** The application's questionnaire tables: answers, who was asked, the collections and their results. */
  static final List<String> QUESTIONNAIRE_TABLES = List.of("QUESTIONNAIRE_ANSWER", "QUESTIONNAIRE_ASSIGNMENT",
      "QUESTIONNAIRE_COLLECTION", "QUESTIONNAIRE_ANALYTIC_NOTE");

  /** Tables the scan reads (upper case): a check that the questionnaire tables are among them. */
  static Set<String> scannedTables(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Set<String> names = new java.util.TreeSet<>();
      columns(c).keySet().forEach(t -> names.add(t.toUpperCase(Locale.ROOT)));
      return names;
    }
  }

  /**
   * Answer rows held for a person: what they answered and what was answered about them (an
   * interview), and the time and author of their answers.
   */
  static long questionnaireRows(DataSource dataSource, Long staffId) throws SQLException {
    String sql = "select (select count(*) from questionnaire_answer a join questionnaire_assignment s"
        + " on s.id = a.assignment_id where s.staff_id = ? or s.subject_staff_id = ?)"
        + " + (select count(*) from questionnaire_assignment s where (s.staff_id = ? or s.subject_staff_id = ?)"
        + " and (s.answered_at is not null or s.answered_by is not null or s.status <> 'WITHDRAWN'))";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= 4; i++) {
        s.setLong(i, staffId);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Mentions inside the generated documents: every stored Word file is unpacked and its XML parts
   * searched, since the names there are compressed where no text search of a column reaches.
   */
  static List<Hit> scanDocuments(DataSource dataSource, List<String> needles) throws SQLException {
    List<Hit> hits = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select c.document_id, c.docx, d.kind, d.title from document_content c join document d on d.id = c.document_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String xml = unzippedXml(rs.getBytes(2));
        String lower = xml.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
          int at = lower.indexOf(needle.toLowerCase(Locale.ROOT));
          if (at >= 0) {
            hits.add(new Hit("document_content#" + rs.getLong(1) + " (" + rs.getString(3) + ", " + rs.getString(4) + ")", "docx", needle,
                xml.substring(Math.max(0, at - 40), Math.min(xml.length(), at + needle.length() + 40))));
          }
        }
      }
    }
    return hits;
  }

  private static String unzippedXml(byte[] docx) {
    StringBuilder out = new StringBuilder();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      java.util.zip.ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().endsWith(".xml")) {
          out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A stored document is not a Word file", e);
    }
    return out.toString();
  }

  private static String utf8(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Text and binary columns of the current schema's tables, from INFORMATION_SCHEMA (H2 and PostgreSQL). */
  private static Map<String, Map<String, Integer>> columns(Connection c) throws SQLException {
    Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
    String sql = "select c.table_name, c.column_name, c.data_type from information_schema.columns c"
        + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
        + " where upper(c.table_schema) = upper(?) and t.table_type in ('BASE TABLE', 'TABLE')"
        + " order by c.table_name, c.ordinal_position";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, c.getSchema());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(3).toUpperCase(Locale.ROOT);
          int kind = type.contains("BINARY") || type.contains("BLOB") || type.contains("BYTEA") ? Types.BLOB
              : type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB") ? Types.VARCHAR
              : Types.OTHER;
          tables.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), kind);
        }
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("INFORMATION_SCHEMA lists no tables for schema " + c.getSchema());
    }
    return tables;
  }
}
