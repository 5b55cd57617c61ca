package ru.nastavnik.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Small helpers for code that runs inside the engine (listeners and delegates). */
public final class EngineContext {

  private EngineContext() {}

  /**
   * Runs engine calls the application makes on its own behalf (identity sync after an
   * appointment, starting a follow-up process) without the current user's authorization and
   * tenant checks; the user's right to complete the task was already checked.
   */
  public static <T> T asSystem(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return work.get();
    }
    // nested engine calls open their own command contexts: set the caller's authentication aside too
    org.camunda.bpm.engine.IdentityService identity =
        Context.getProcessEngineConfiguration().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    boolean auth = context.isAuthorizationCheckEnabled();
    boolean tenant = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
      if (auth) {
        context.enableAuthorizationCheck();
      }
      if (tenant) {
        context.enableTenantCheck();
      }
    }
  }

  public static void asSystem(Runnable work) {
    asSystem(() -> {
      work.run();
      return null;
    });
  }

  /**
   * As {@link #asSystem(Runnable)}, also outside the engine (an API request): the caller's
   * authentication is set aside for the duration of the work and restored afterwards.
   */
  public static void asSystem(org.camunda.bpm.engine.IdentityService identity, Runnable work) {
    if (Context.getCommandContext() != null) {
      asSystem(work);
      return;
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      work.run();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** Who completed the task: the authenticated user, else the assignee, else "system". */
  public static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  public static Long longVar(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
  }
}
