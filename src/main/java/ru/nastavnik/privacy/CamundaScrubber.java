package ru.nastavnik.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskMeterLogEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.plugin.variable.value.XmlValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.ViewVariableHistoryFilter;
import ru.nastavnik.security.IdentitySyncService;

/**
 * Removes a person from Camunda's runtime and history (runs as system, in the caller's
 * transaction). Where the engine has an API it is used: tasks handed back, identity links and
 * authorizations deleted, view variables rewritten without them, the user deleted, history of
 * ended variables deleted. Where it has none — who worked a task, who did what in the operation log,
 * who started an instance — the login is replaced by the pseudonym with JDBC, and a final sweep
 * rewrites any free text (comments, delete reasons, old variable values, stack traces) that still
 * names them.
 */
@Component
class CamundaScrubber {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Columns that hold a login and nothing else (Camunda 7.24 schema); missing ones are skipped. */
  private static final String[][] LOGIN_COLUMNS = {
      {"ACT_RU_TASK", "ASSIGNEE_"}, {"ACT_RU_TASK", "OWNER_"},
      {"ACT_HI_TASKINST", "ASSIGNEE_"}, {"ACT_HI_TASKINST", "OWNER_"},
      {"ACT_HI_ACTINST", "ASSIGNEE_"},
      {"ACT_HI_IDENTITYLINK", "USER_ID_"}, {"ACT_HI_IDENTITYLINK", "ASSIGNER_ID_"},
      {"ACT_HI_OP_LOG", "USER_ID_"}, {"ACT_HI_OP_LOG", "ORG_VALUE_"}, {"ACT_HI_OP_LOG", "NEW_VALUE_"},
      {"ACT_HI_COMMENT", "USER_ID_"}, {"ACT_HI_ATTACHMENT", "USER_ID_"},
      {"ACT_HI_PROCINST", "START_USER_ID_"}, {"ACT_HI_CASEINST", "CREATE_USER_ID_"},
      {"ACT_HI_DECINST", "USER_ID_"}, {"ACT_HI_BATCH", "CREATE_USER_ID_"}, {"ACT_RU_BATCH", "CREATE_USER_ID_"},
  };

  /** Rows that only say something about the login: deleted. */
  private static final String[][] LOGIN_ROWS = {
      {"ACT_RU_IDENTITYLINK", "USER_ID_"}, {"ACT_RU_AUTHORIZATION", "USER_ID_"}, {"ACT_ID_INFO", "USER_ID_"},
      {"ACT_ID_MEMBERSHIP", "USER_ID_"}, {"ACT_ID_TENANT_MEMBER", "USER_ID_"},
  };

  /** Camunda tables the final sweep rewrites: runtime and history, not definitions, identity or engine properties. */
  static final Predicate<String> SWEPT = t -> t.startsWith("ACT_")
      && !t.startsWith("ACT_RE_") && !t.startsWith("ACT_ID_") && !t.equals("ACT_GE_PROPERTY")
      && !t.equals("ACT_GE_SCHEMA_LOG");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final RepositoryService repository;
  private final IdentitySyncService identity;
  private final TextSweeper sweeper;
  private final DataSource dataSource;

  CamundaScrubber(RuntimeService runtime, TaskService tasks, HistoryService history,
      AuthorizationService authorizations, FilterService filters, RepositoryService repository,
      IdentitySyncService identity, TextSweeper sweeper, DataSource dataSource) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.authorizations = authorizations;
    this.filters = filters;
    this.repository = repository;
    this.identity = identity;
    this.sweeper = sweeper;
    this.dataSource = dataSource;
  }

  /** What was done, "where → rows", for the removal act. */
  static final class Report {
    final Map<String, Integer> places = new TreeMap<>();

    void add(String place, int n) {
      if (n > 0) {
        places.merge(place, n, Integer::sum);
      }
    }
  }

  /** Open tasks go back to whoever delegated them or to the candidate groups; their identity links go. */
  void releaseTasks(String username, Report report) {
    for (Task task : tasks.createTaskQuery().taskAssignee(username).list()) {
      boolean delegated = task.getDelegationState() == DelegationState.PENDING && task.getOwner() != null
          && !task.getOwner().equals(username);
      tasks.setAssignee(task.getId(), delegated ? task.getOwner() : null);
      report.add("Camunda: открытые задачи возвращены (исполнитель снят)", 1);
    }
    for (Task task : tasks.createTaskQuery().taskOwner(username).list()) {
      tasks.setOwner(task.getId(), null);
      report.add("Camunda: открытые задачи (владелец снят)", 1);
    }
    for (String taskId : userLinkTasks(username)) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
        if (username.equals(link.getUserId())) {
          tasks.deleteUserIdentityLink(taskId, username, link.getType());
          report.add("Camunda: связи задач с пользователем (кандидат)", 1);
        }
      }
    }
    for (String definitionId : userLinkDefinitions(username)) {
      repository.deleteCandidateStarterUser(definitionId, username);
    }
  }

  /** Runtime variables that mention the person: view lists lose their entry, texts are rewritten. */
  void scrubRuntimeVariables(PersonMatcher person, Long staffId, String schoolCode, Report report) {
    List<VariableInstance> variables = runtime.createVariableInstanceQuery().tenantIdIn(schoolCode)
        .disableCustomObjectDeserialization().list();
    for (VariableInstance v : variables) {
      String text = textOf(v.getTypedValue());
      if (text == null || !person.mentions(text)) {
        continue;
      }
      String scrubbed = person.scrub(ViewVariableHistoryFilter.isViewVariable(v.getName())
          ? withoutOption(text, staffId, person) : text);
      TypedValue value = sameType(v.getTypedValue(), scrubbed);
      if (value == null) {
        if (v.getTaskId() != null) {
          tasks.removeVariableLocal(v.getTaskId(), v.getName());
        } else {
          runtime.removeVariableLocal(v.getExecutionId(), v.getName());
        }
      } else if (v.getTaskId() != null) {
        tasks.setVariableLocal(v.getTaskId(), v.getName(), value);
      } else {
        runtime.setVariableLocal(v.getExecutionId(), v.getName(), value);
      }
      report.add("Camunda: переменные выполняющихся процессов (текст переписан)", 1);
    }
  }

  /** History of the person's own processes (their pair, their support): deleted with everything in it. */
  void deleteInstances(List<String> processInstanceIds, Report report) {
    List<String> all = new ArrayList<>();
    for (String id : processInstanceIds) {
      collectWithSubInstances(id, all);
    }
    List<String> existing = all.stream().distinct()
        .filter(id -> history.createHistoricProcessInstanceQuery().processInstanceId(id).count() > 0).toList();
    if (!existing.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(existing);
      report.add("Camunda: история процессов пары и сопровождения (удалена)", existing.size());
    }
  }

  private void collectWithSubInstances(String id, List<String> into) {
    into.add(id);
    history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
        .forEach(sub -> collectWithSubInstances(sub.getId(), into));
  }

  /** Historic variables no longer alive at runtime that mention the person: deleted (with all their values). */
  void deleteHistoricVariables(PersonMatcher person, String schoolCode, Report report) {
    int first = 0;
    int page = 500;
    List<String> doomed = new ArrayList<>();
    while (true) {
      List<HistoricVariableInstance> batch = history.createHistoricVariableInstanceQuery().tenantIdIn(schoolCode)
          .disableCustomObjectDeserialization().orderByVariableName().asc().listPage(first, page);
      for (HistoricVariableInstance v : batch) {
        String text = textOf(v.getTypedValue());
        if (text != null && person.mentions(text)
            && runtime.createVariableInstanceQuery().variableId(v.getId()).count() == 0) {
          doomed.add(v.getId());
        }
      }
      if (batch.size() < page) {
        break;
      }
      first += page;
    }
    doomed.forEach(history::deleteHistoricVariableInstance);
    report.add("Camunda: история переменных (удалена)", doomed.size());
  }

  /** Authorizations and Tasklist filters of the user, then the user with groups and school memberships. */
  void removeIdentity(String username, Report report) {
    for (Authorization a : authorizations.createAuthorizationQuery().userIdIn(username).list()) {
      authorizations.deleteAuthorization(a.getId());
      report.add("Camunda: права доступа пользователя (удалены)", 1);
    }
    for (Filter f : filters.createFilterQuery().filterOwner(username).list()) {
      filters.deleteFilter(f.getId());
      report.add("Camunda: фильтры Tasklist пользователя (удалены)", 1);
    }
    identity.removeUser(username);
    report.add("Camunda: учётная запись, группы и школа пользователя (удалены)", 1);
  }

  /** Columns without an API: the login becomes the pseudonym; rows only about the login go. */
  void pseudonymise(String username, String pseudonym, Report report) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      List<String> present = columns(c);
      for (String[] col : LOGIN_COLUMNS) {
        if (present.contains(col[0] + "." + col[1])) {
          try (PreparedStatement s = c.prepareStatement(
              "update " + col[0] + " set " + col[1] + " = ? where " + col[1] + " = ?")) {
            s.setString(1, pseudonym);
            s.setString(2, username);
            report.add("Camunda: " + col[0] + "." + col[1] + " (логин заменён псевдонимом)", s.executeUpdate());
          }
        }
      }
      for (String[] col : LOGIN_ROWS) {
        if (present.contains(col[0] + "." + col[1])) {
          try (PreparedStatement s = c.prepareStatement("delete from " + col[0] + " where " + col[1] + " = ?")) {
            s.setString(1, username);
            report.add("Camunda: " + col[0] + " (строки удалены)", s.executeUpdate());
          }
        }
      }
      if (present.contains("ACT_RU_TASK_METER_LOG.ASSIGNEE_HASH_")) {
        try (PreparedStatement s = c.prepareStatement(
            "update ACT_RU_TASK_METER_LOG set ASSIGNEE_HASH_ = ? where ASSIGNEE_HASH_ = ?")) {
          s.setLong(1, new TaskMeterLogEntity(pseudonym, new Date()).getAssigneeHash());
          s.setLong(2, new TaskMeterLogEntity(username, new Date()).getAssigneeHash());
          report.add("Camunda: ACT_RU_TASK_METER_LOG (хеш исполнителя заменён)", s.executeUpdate());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Не удалось обезличить историю Camunda: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** Free text left anywhere in runtime and history (comments, reasons, old values, stack traces). */
  void sweep(PersonScope person, Report report) {
    sweeper.sweep(person, SWEPT).rows().forEach((place, n) -> report.add("Camunda: " + place + " (текст переписан)", n));
  }

  private List<String> userLinkTasks(String username) {
    return select("select distinct TASK_ID_ from ACT_RU_IDENTITYLINK where USER_ID_ = ? and TASK_ID_ is not null", username);
  }

  private List<String> userLinkDefinitions(String username) {
    return select("select distinct PROC_DEF_ID_ from ACT_RU_IDENTITYLINK where USER_ID_ = ? and PROC_DEF_ID_ is not null", username);
  }

  private List<String> select(String sql, String parameter) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      List<String> result = new ArrayList<>();
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private List<String> columns(Connection c) throws SQLException {
    List<String> result = new ArrayList<>();
    for (TextSweeper.Table t : sweeper.tables(c)) {
      for (String col : t.textColumns()) {
        result.add(t.name().toUpperCase(Locale.ROOT) + "." + col.toUpperCase(Locale.ROOT));
      }
    }
    try (PreparedStatement s = c.prepareStatement("select table_name, column_name from information_schema.columns"
        + " where upper(table_name) = 'ACT_RU_TASK_METER_LOG'"); var rs = s.executeQuery()) {
      while (rs.next()) {
        result.add(rs.getString(1).toUpperCase(Locale.ROOT) + "." + rs.getString(2).toUpperCase(Locale.ROOT));
      }
    }
    return result;
  }

  // ---- values

  static String textOf(TypedValue value) {
    if (value instanceof StringValue s) {
      return s.getValue();
    }
    if (value instanceof SerializableValue s) {
      return s.getValueSerialized();
    }
    return value == null || value.getValue() == null ? null : String.valueOf(value.getValue());
  }

  /** The value with the new text in the same type; null when the type cannot carry text (removed instead). */
  static TypedValue sameType(TypedValue old, String text) {
    if (old instanceof StringValue) {
      return Variables.stringValue(text);
    }
    if (old instanceof JsonValue) {
      return SpinValues.jsonValue(text).create();
    }
    if (old instanceof XmlValue) {
      return SpinValues.xmlValue(text).create();
    }
    if (old instanceof org.camunda.bpm.engine.variable.value.ObjectValue o && o.getSerializationDataFormat() != null
        && !o.getSerializationDataFormat().contains("java-serialized")) {
      return Variables.serializedObjectValue(text).serializationDataFormat(o.getSerializationDataFormat())
          .objectTypeName(o.getObjectTypeName()).create();
    }
    return null;
  }

  /** A view list of options ({value, label}) without the person's own entry (their id, their name). */
  static String withoutOption(String text, Long staffId, PersonMatcher person) {
    String t = text.trim();
    if (!t.startsWith("[")) {
      return text;
    }
    try {
      JsonNode node = JSON.readTree(t);
      ArrayNode kept = JSON.createArrayNode();
      boolean removed = false;
      for (JsonNode option : node) {
        if (option.isObject() && staffId.toString().equals(option.path("value").asText())
            && person.mentions(option.path("label").asText())) {
          removed = true;
        } else {
          kept.add(option);
        }
      }
      return removed ? kept.toString() : text;
    } catch (Exception e) {
      return text;
    }
  }
}
