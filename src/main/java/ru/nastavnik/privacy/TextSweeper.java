package ru.nastavnik.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Scrubs a person's mentions out of every text column (and UTF-8 text stored in binary columns) of a
 * set of tables, found through INFORMATION_SCHEMA so that tables added later are covered too. Works
 * on the current transaction's connection (H2 and PostgreSQL); rows are rewritten by their
 * single-column primary key.
 */
@Component
public class TextSweeper {

  /** Columns that hold a user id although their names end in «ID_» (Camunda). */
  static final Set<String> USER_ID_COLUMNS = Set.of("USER_ID_", "ASSIGNER_ID_", "START_USER_ID_", "CREATE_USER_ID_");

  private final DataSource dataSource;

  public TextSweeper(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A table's columns that may hold text, and its primary key (null when none or composite). */
  record Table(String name, String key, List<String> textColumns, List<String> binaryColumns, Set<String> columns) {

    Table(String name, String key, List<String> textColumns, List<String> binaryColumns) {
      this(name, key, textColumns, binaryColumns, Set.of());
    }
  }

  /** A condition that holds for the rows of one school, and its parameters. */
  record SchoolCondition(String sql, List<Object> parameters) {

    SchoolCondition(String sql, Object parameter) {
      this(sql, List.of(parameter));
    }
  }

  /** What a sweep changed (or, in check mode, found): "TABLE.COLUMN" → rows. */
  public record Result(Map<String, Integer> rows) {
    public int total() {
      return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Rewrites the mentions in the tables the filter accepts (names in upper case): in rows of the
   * person's school with the school's matcher, elsewhere with the narrow one ({@link PersonScope}).
   */
  public Result sweep(PersonScope person, Predicate<String> tables) {
    return run(person, tables, true);
  }

  /** Only looks: where mentions are (table and column), without changing anything. */
  public Result check(PersonScope person, Predicate<String> tables) {
    return run(person, tables, false);
  }

  private Result run(PersonScope person, Predicate<String> accept, boolean write) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      Map<String, Integer> changed = new TreeMap<>();
      for (Table table : tables(c)) {
        if (accept.test(table.name().toUpperCase(Locale.ROOT))) {
          sweepTable(c, table, person, write, changed);
        }
      }
      return new Result(changed);
    } catch (SQLException e) {
      throw new IllegalStateException("Не удалось проверить таблицы базы данных: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private void sweepTable(Connection c, Table table, PersonScope person, boolean write,
      Map<String, Integer> changed) throws SQLException {
    SchoolCondition school = schoolCondition(table, person);
    String ofSchool = school == null ? "0" : "case when " + school.sql() + " then 1 else 0 end";
    boolean camunda = table.name().toUpperCase(Locale.ROOT).startsWith("ACT_");
    List<String> text = table.textColumns().stream()
        .filter(col -> !camunda || !isIdColumn(col) || USER_ID_COLUMNS.contains(col.toUpperCase(Locale.ROOT)))
        .toList();
    if (!text.isEmpty()) {
      StringBuilder where = new StringBuilder();
      for (String col : text) {
        for (int i = 0; i < person.probes().size(); i++) {
          where.append(where.length() == 0 ? "" : " or ").append(col).append(" like ?");
        }
      }
      List<String> select = new ArrayList<>(text);
      if (table.key() != null) {
        select.add(0, table.key());
      }
      select.add(ofSchool);
      String sql = "select " + String.join(", ", select) + " from " + table.name() + " where " + where;
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int n = 1;
        if (school != null) {
          for (Object p : school.parameters()) {
            s.setObject(n++, p);
          }
        }
        for (int col = 0; col < text.size(); col++) {
          for (String probe : person.probes()) {
            s.setString(n++, "%" + probe + "%");
          }
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Object[] row = new Object[select.size()];
            for (int i = 0; i < select.size() - 1; i++) {
              row[i] = i == 0 && table.key() != null ? rs.getObject(1) : rs.getString(i + 1);
            }
            row[select.size() - 1] = rs.getInt(select.size()) == 1;
            rows.add(row);
          }
        }
      }
      int offset = table.key() == null ? 0 : 1;
      for (Object[] row : rows) {
        PersonMatcher matcher = person.forRow((Boolean) row[row.length - 1]);
        for (int i = 0; i < text.size(); i++) {
          String value = (String) row[i + offset];
          String scrubbed = matcher.scrub(value);
          if (value != null && !scrubbed.equals(value)) {
            if (write && table.key() != null) {
              update(c, table, text.get(i), row[0], scrubbed);
            }
            changed.merge(table.name() + "." + text.get(i), 1, Integer::sum);
          }
        }
      }
    }
    for (String col : table.binaryColumns()) {
      String sql = "select " + (table.key() == null ? "" : table.key() + ", ") + col + ", " + ofSchool
          + " from " + table.name() + " where " + col + " is not null"
          + (table.name().equalsIgnoreCase("ACT_GE_BYTEARRAY") ? " and DEPLOYMENT_ID_ is null" : "");
      Map<Object, String> rewrite = new HashMap<>();
      int found = 0;
      try (PreparedStatement s = c.prepareStatement(sql)) {
        if (school != null) {
          int n = 1;
          for (Object p : school.parameters()) {
            s.setObject(n++, p);
          }
        }
        try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int at = table.key() == null ? 1 : 2;
          byte[] bytes = rs.getBytes(at);
          String value = utf8(bytes);
          if (value == null) {
            continue;
          }
          String scrubbed = person.forRow(rs.getInt(at + 1) == 1).scrub(value);
          if (!scrubbed.equals(value)) {
            found++;
            if (table.key() != null) {
              rewrite.put(rs.getObject(1), scrubbed);
            }
          }
        }
        }
      }
      if (write) {
        for (Map.Entry<Object, String> e : rewrite.entrySet()) {
          try (PreparedStatement u = c.prepareStatement(
              "update " + table.name() + " set " + col + " = ? where " + table.key() + " = ?")) {
            u.setBytes(1, e.getValue().getBytes(StandardCharsets.UTF_8));
            u.setObject(2, e.getKey());
            u.executeUpdate();
          }
        }
      }
      if (found > 0) {
        changed.merge(table.name() + "." + col, found, Integer::sum);
      }
    }
  }

  private static void update(Connection c, Table table, String column, Object key, String value) throws SQLException {
    try (PreparedStatement u = c.prepareStatement(
        "update " + table.name() + " set " + column + " = ? where " + table.key() + " = ?")) {
      u.setString(1, value);
      u.setObject(2, key);
      u.executeUpdate();
    }
  }

  /**
   * The condition that a row of the table belongs to the person's school, from the columns that tie
   * it to one (a school, program, pair, collection, document, roadmap; Camunda's tenant); null when
   * the table ties its rows to no school.
   */
  static SchoolCondition schoolCondition(Table table, PersonScope person) {
    Set<String> cols = table.columns();
    String name = table.name().toUpperCase(Locale.ROOT);
    Long id = person.schoolId();
    String code = person.schoolCode();
    if (name.startsWith("ACT_")) {
      // the tenant's rows, and rows without a tenant of its process instances and tasks (comments)
      List<String> parts = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (cols.contains("TENANT_ID_")) {
        parts.add("TENANT_ID_ = ?");
        parameters.add(code);
      }
      if (cols.contains("PROC_INST_ID_") && !name.equals("ACT_HI_PROCINST")) {
        parts.add("PROC_INST_ID_ in (select p.PROC_INST_ID_ from ACT_HI_PROCINST p where p.TENANT_ID_ = ?)");
        parameters.add(code);
      }
      if (cols.contains("TASK_ID_") && !name.equals("ACT_HI_TASKINST")) {
        parts.add("TASK_ID_ in (select t.ID_ from ACT_HI_TASKINST t where t.TENANT_ID_ = ?)");
        parameters.add(code);
      }
      return parts.isEmpty() ? null : new SchoolCondition("(" + String.join(" or ", parts) + ")", parameters);
    }
    if (cols.contains("SCHOOL_ID")) {
      return new SchoolCondition("school_id = ?", id);
    }
    if (cols.contains("SCHOOL_CODE")) {
      return new SchoolCondition("school_code = ?", code);
    }
    if (cols.contains("PROGRAM_ID")) {
      return new SchoolCondition("program_id in (select id from mentoring_program where school_id = ?)", id);
    }
    if (cols.contains("PAIR_ID")) {
      return new SchoolCondition("pair_id in (select p.id from mentoring_pair p join mentoring_program g"
          + " on g.id = p.program_id where g.school_id = ?)", id);
    }
    if (cols.contains("COLLECTION_ID")) {
      return new SchoolCondition("collection_id in (select id from questionnaire_collection where school_code = ?)", code);
    }
    if (cols.contains("ASSIGNMENT_ID")) {
      return new SchoolCondition("assignment_id in (select a.id from questionnaire_assignment a"
          + " join questionnaire_collection q on q.id = a.collection_id where q.school_code = ?)", code);
    }
    if (cols.contains("DOCUMENT_ID")) {
      return new SchoolCondition("document_id in (select id from document where school_id = ?)", id);
    }
    if (cols.contains("STAFF_ID")) {
      return new SchoolCondition("staff_id in (select id from staff_member where school_id = ?)", id);
    }
    if (cols.contains("ROADMAP_ID")) {
      return new SchoolCondition("roadmap_id in (select id from roadmap where school_id = ?)", id);
    }
    if (name.equals("ROADMAP_NOTE") && cols.contains("ROW_ID")) {
      return new SchoolCondition("row_id in (select r.id from roadmap_row r join roadmap m on m.id = r.roadmap_id"
          + " where m.school_id = ?)", id);
    }
    return null;
  }

  private static boolean isIdColumn(String column) {
    String c = column.toUpperCase(Locale.ROOT);
    return c.equals("ID_") || c.endsWith("_ID_");
  }

  /** The bytes as text when they are valid UTF-8, else null (binary content is not scanned). */
  static String utf8(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Base tables of the current schema with their text and binary columns and single-column keys. */
  List<Table> tables(Connection c) throws SQLException {
    String schema = c.getSchema();
    Map<String, List<String>> text = new LinkedHashMap<>();
    Map<String, List<String>> binary = new LinkedHashMap<>();
    Map<String, Set<String>> all = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "select c.table_name, c.column_name, c.data_type from information_schema.columns c"
            + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
            + " where upper(c.table_schema) = upper(?) and t.table_type in ('BASE TABLE', 'TABLE')"
            + " order by c.table_name, c.ordinal_position")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String type = rs.getString(3).toUpperCase(Locale.ROOT);
          text.computeIfAbsent(table, k -> new ArrayList<>());
          binary.computeIfAbsent(table, k -> new ArrayList<>());
          all.computeIfAbsent(table, k -> new java.util.HashSet<>()).add(rs.getString(2).toUpperCase(Locale.ROOT));
          if (type.contains("BINARY") || type.contains("BLOB") || type.contains("BYTEA")) {
            binary.get(table).add(rs.getString(2));
          } else if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
            text.get(table).add(rs.getString(2));
          }
        }
      }
    }
    Map<String, List<String>> keys = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "select k.table_name, k.column_name from information_schema.table_constraints t"
            + " join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema"
            + " and k.constraint_name = t.constraint_name and k.table_name = t.table_name"
            + " where t.constraint_type = 'PRIMARY KEY' and upper(t.table_schema) = upper(?)")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    List<Table> tables = new ArrayList<>();
    for (String table : text.keySet()) {
      List<String> key = keys.get(table);
      tables.add(new Table(table, key != null && key.size() == 1 ? key.get(0) : null,
          text.get(table), binary.get(table), Set.copyOf(all.get(table))));
    }
    return tables;
  }
}
