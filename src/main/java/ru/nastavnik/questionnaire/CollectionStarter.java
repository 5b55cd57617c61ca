package ru.nastavnik.questionnaire;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.DefinitionResolver;
import ru.nastavnik.program.ProgramProcess;

/**
 * Sends a questionnaire out from Java or the API: opens the collection and starts «Сбор анкет»
 * for it (the school's own definition if it has one), in one transaction; extends a running
 * collection's deadline through the process's «Срок продлён» message.
 */
@Service
public class CollectionStarter {

  private final QuestionnaireService questionnaires;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final DefinitionResolver definitions;

  public CollectionStarter(QuestionnaireService questionnaires, RuntimeService runtime, IdentityService identity,
      DefinitionResolver definitions) {
    this.questionnaires = questionnaires;
    this.runtime = runtime;
    this.identity = identity;
    this.definitions = definitions;
  }

  /** Opens and starts a collection; with nobody to ask, refuses and stores nothing. */
  @Transactional
  public QuestionnaireCollection start(QuestionnaireService.OpenRequest request) {
    if (request.respondentIds() == null || request.respondentIds().isEmpty()) {
      throw new UserFacingException("Некому отправить анкету: выберите хотя бы одного респондента.");
    }
    QuestionnaireCollection c = questionnaires.open(request);
    ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(QuestionnaireProcess.KEY)
        .setVariable(ProgramProcess.SCHOOL_CODE, request.schoolCode())
        .setVariable(QuestionnaireProcess.COLLECTION_ID, c.getId());
    if (request.programId() != null) {
      builder.setVariable(ProgramProcess.PROGRAM_ID, request.programId());
    }
    ProcessInstantiationBuilder chosen = definitions.hasOwn(request.schoolCode(), QuestionnaireProcess.KEY)
        ? builder.processDefinitionTenantId(request.schoolCode()) : builder.processDefinitionWithoutTenantId();
    // the caller's right to send questionnaires for the school is checked by the caller
    EngineContext.asSystem(identity, chosen::execute);
    return c;
  }

  /** Moves the deadline of an open collection later; a closed one answers 409. */
  @Transactional
  public QuestionnaireCollection extend(Long collectionId, Instant newDeadline) {
    QuestionnaireCollection c = questionnaires.checkExtension(collectionId, newDeadline);
    try {
      EngineContext.asSystem(identity, () -> runtime.createMessageCorrelation(QuestionnaireProcess.MESSAGE_EXTEND)
          .processInstanceId(c.getProcessInstanceId())
          .setVariable(QuestionnaireProcess.NEW_DEADLINE, java.util.Date.from(newDeadline))
          .correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw UserFacingException.conflict("Сбор анкет уже закрыт — продлить срок нельзя.");
    }
    return questionnaires.collection(collectionId);
  }
}
