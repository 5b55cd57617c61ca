package ru.nastavnik.variants;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;

/**
 * Runs before Camunda's own deployers on every new deployment with a tenant id — whether it comes
 * from {@link TenantDeployer}, the REST API ({@code POST /engine-rest/deployment/create} with
 * {@code tenant-id}) or Cockpit — and rejects a school's diagram that breaks the
 * {@link VariantContract} with a {@link VariantContractException} listing every reason in Russian.
 * Shared (tenant-less) deployments are the contract itself and are not checked here.
 */
public class VariantContractDeployer implements Deployer {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getTenantId() == null) {
      return;
    }
    Map<String, byte[]> bpmn = new TreeMap<>();
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    resources.forEach((name, r) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        bpmn.put(name, r.getBytes());
      }
    });
    if (bpmn.isEmpty()) {
      return;
    }
    Set<String> formIds = new HashSet<>();
    resources.forEach((name, r) -> {
      if (name.endsWith(".form")) {
        try {
          String id = JSON.readTree(r.getBytes()).path("id").asText("");
          if (!id.isEmpty()) {
            formIds.add(id);
          }
        } catch (java.io.IOException e) {
          // not a readable form: Camunda refuses it itself
        }
      }
    });
    List<String> problems = new java.util.ArrayList<>(
        VariantContract.check(bpmn, deployment.getTenantId(), new EngineKnowledge()));
    problems.addAll(VariantContract.missingForms(bpmn, formIds));
    if (!problems.isEmpty()) {
      throw new VariantContractException(deployment.getTenantId(), problems);
    }
  }

  /** Reads shared and tenant definitions inside the deploying command, without tenant checks. */
  static class EngineKnowledge implements VariantContract.Known {

    @Override
    public boolean processExists(String key, String tenantId) {
      CommandContext ctx = Context.getCommandContext();
      return ctx.runWithoutAuthorization(() ->
          ctx.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, null) != null
              || (tenantId != null
                  && ctx.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, tenantId) != null));
    }

    @Override
    public Set<String> sharedMessages(String key) {
      CommandContext ctx = Context.getCommandContext();
      ProcessDefinitionEntity shared = ctx.runWithoutAuthorization(() ->
          ctx.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, null));
      if (shared == null) {
        return Set.of();
      }
      BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findBpmnModelInstanceForProcessDefinition(shared.getId());
      Set<String> names = new HashSet<>();
      if (model != null) {
        model.getModelElementsByType(Message.class).forEach(m -> names.add(m.getName()));
      }
      return names;
    }
  }
}
