package ru.nastavnik.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.staff.Role;

/**
 * What each role may do in Camunda. Tasks need nothing here: a candidate group or assignee gets
 * read and work permission on its task automatically. Everything is created once (idempotent).
 */
@Component
public class AuthorizationSetup {

  /** Roles that may start a school's program from Tasklist. */
  private static final Role[] STARTERS = {Role.DIRECTOR, Role.DEPUTY, Role.CURATOR};

  /** The process of the staff upload from Tasklist. */
  public static final String STAFF_IMPORT = "staff-import";

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  public AuthorizationSetup(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  public void ensure() {
    for (Role role : Role.values()) {
      grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(role.groupId(), Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }
    for (Role role : STARTERS) {
      grant(role.groupId(), Resources.PROCESS_DEFINITION, ProgramProcess.KEY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      // «Загрузка списка сотрудников»: the staff upload from Tasklist
      grant(role.groupId(), Resources.PROCESS_DEFINITION, STAFF_IMPORT, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(role.groupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    ensureFilters();
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (existing == null) {
      Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      auth.addPermission(permission);
      authorizations.saveAuthorization(auth);
    } else if (!existing.isPermissionGranted(permission)) {
      existing.addPermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }

  /** Tasklist filters in Russian, readable by every user. */
  private void ensureFilters() {
    createFilter("Задачи моих ролей", -10,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(),
        "Задачи для моих ролей: директор, заместитель, куратор, наставник, наставляемый, психолог");
    createFilter("Мои задачи", -5, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Задачи, назначенные мне (взятые в работу и адресованные лично)");
  }

  private void createFilter(String name, int priority, TaskQuery query, String description) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setOwner("admin");
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    filter.setQuery(query);
    filters.saveFilter(filter);
    Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }
}
