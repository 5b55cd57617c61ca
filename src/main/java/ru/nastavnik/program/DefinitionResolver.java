package ru.nastavnik.program;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Which definition a school runs: its own (deployed with its tenant id from
 * {@code processes/schools/<code>/}) when it has one, else the shared one. Used when a program
 * starts and, through {@code calledElementTenantId="${definitions.tenantFor(execution, 'key')}"},
 * by every call activity.
 */
@Component("definitions")
public class DefinitionResolver {

  private final RepositoryService repository;

  public DefinitionResolver(RepositoryService repository) {
    this.repository = repository;
  }

  /** The tenant id to resolve {@code key} with for this execution's school, or null for the shared one. */
  public String tenantFor(DelegateExecution execution, String key) {
    String tenant = execution.getTenantId();
    if (tenant == null) {
      Object school = execution.getVariable(ProgramProcess.SCHOOL_CODE);
      tenant = school == null ? null : school.toString();
    }
    return tenant != null && hasOwn(tenant, key) ? tenant : null;
  }

  public boolean hasOwn(String schoolCode, String key) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return count(schoolCode, key) > 0;
    }
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      return count(schoolCode, key) > 0;
    } finally {
      context.enableAuthorizationCheck();
      context.enableTenantCheck();
    }
  }

  private long count(String schoolCode, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .tenantIdIn(schoolCode).count();
  }
}
