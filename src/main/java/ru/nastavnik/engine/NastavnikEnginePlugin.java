package ru.nastavnik.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that have no Spring Boot property: tenant ids per school, history filter, and an
 * immediate new run for a job that lost an optimistic-locking race.
 */
@Component
public class NastavnikEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new SchoolTenantIdProvider());
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.getCustomHistoryEventHandlers().add(new ViewVariableHistoryFilter());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(new ConflictRetryCommandFactory(configuration.getFailedJobCommandFactory()));
  }
}
