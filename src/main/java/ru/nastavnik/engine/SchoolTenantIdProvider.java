package ru.nastavnik.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives every instance of a shared (tenant-less) definition the school's tenant id, so that its
 * tasks, variables and history belong to that school and Camunda's tenant checks isolate schools.
 * The school comes from the {@code schoolCode} start variable, or from the calling instance.
 */
public class SchoolTenantIdProvider implements TenantIdProvider {

  public static final String SCHOOL_CODE = "schoolCode";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object school = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_CODE);
    if (school != null) {
      return school.toString();
    }
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null) {
      return superExecution.getTenantId();
    }
    return ownSchool();
  }

  /**
   * A process a member of one school starts from Tasklist without naming the school (the staff
   * upload): the school of the user who starts it. Nobody else's, and none for a user of several.
   */
  static String ownSchool() {
    org.camunda.bpm.engine.impl.interceptor.CommandContext command =
        org.camunda.bpm.engine.impl.context.Context.getCommandContext();
    org.camunda.bpm.engine.impl.identity.Authentication auth = command == null ? null : command.getAuthentication();
    if (auth == null || auth.getTenantIds() == null || auth.getTenantIds().size() != 1) {
      return null;
    }
    return auth.getTenantIds().get(0);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
