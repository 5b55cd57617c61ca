package ru.nastavnik.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the bare Camunda application the application's users, groups, memberships, schools
 * (tenants), Tasklist filters and authorizations: the rows of Camunda's identity and authorization
 * tables copied from the application's database to the bare one (the same Camunda version, so the
 * same columns; password hashes and salts as they are). Authorizations of single tasks or process
 * instances are left out (they belong to the application's own instances); there are none before
 * the benchmark seeds its tasks.
 */
final class IdentityCopy {

  /** In the order of their foreign keys. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("act_id_user", "");
    TABLES.put("act_id_info", "");
    TABLES.put("act_id_group", "");
    TABLES.put("act_id_membership", "");
    TABLES.put("act_id_tenant", "");
    TABLES.put("act_id_tenant_member", "");
    TABLES.put("act_ru_filter", "");
    // Resources: TASK 7, PROCESS_INSTANCE 8, HISTORIC_TASK 19, HISTORIC_PROCESS_INSTANCE 20
    TABLES.put("act_ru_authorization", " where resource_type_ not in (7, 8, 19, 20) or resource_id_ = '*'");
  }

  private IdentityCopy() {
  }

  /** Copies the rows; the target's tables must exist and be empty. Returns the row counts. */
  static Map<String, Integer> copy(String fromUrl, String toUrl) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection from = DriverManager.getConnection(fromUrl, "postgres", "");
        Connection to = DriverManager.getConnection(toUrl, "postgres", "")) {
      to.setAutoCommit(false);
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        try (ResultSet existing = to.createStatement().executeQuery("select count(*) from " + table.getKey())) {
          existing.next();
          if (existing.getLong(1) > 0) {
            throw new IllegalStateException(table.getKey() + " of the bare Camunda database is not empty");
          }
        }
        int n = 0;
        try (ResultSet rows = from.createStatement().executeQuery("select * from " + table.getKey()
            + table.getValue())) {
          ResultSetMetaData meta = rows.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i));
          }
          String insert = "insert into " + table.getKey() + " (" + String.join(", ", columns) + ") values ("
              + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
          try (PreparedStatement out = to.prepareStatement(insert)) {
            while (rows.next()) {
              for (int i = 1; i <= columns.size(); i++) {
                out.setObject(i, rows.getObject(i), meta.getColumnType(i));
              }
              out.addBatch();
              n++;
            }
            out.executeBatch();
          }
        }
        counts.put(table.getKey(), n);
      }
      to.commit();
    }
    return counts;
  }
}
