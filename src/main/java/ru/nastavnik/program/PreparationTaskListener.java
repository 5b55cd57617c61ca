package ru.nastavnik.program;

import static ru.nastavnik.program.ProgramProcess.Preparation.APPOINT_CURATOR;
import static ru.nastavnik.program.ProgramProcess.Preparation.CHOOSE_FORMS;
import static ru.nastavnik.program.ProgramProcess.Preparation.INFORM_STAFF;
import static ru.nastavnik.program.ProgramProcess.Preparation.ISSUE_ORDER;
import static ru.nastavnik.program.ProgramProcess.Preparation.SIGN_CURATOR_ORDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/** Stage I «Подготовка условий»: what each user task shows and records. */
@Component("preparationTasks")
public class PreparationTaskListener extends StageTaskListener {

  private final ProgramRepository programs;
  private final ProgramRecordService records;
  private final StaffService staff;

  public PreparationTaskListener(ProgramRepository programs, ProgramRecordService records, StaffService staff) {
    this.programs = programs;
    this.records = records;
    this.staff = staff;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    if (ISSUE_ORDER.equals(task.getTaskDefinitionKey())) {
      OrderTasks.show(task, "orderOrganisation");
      ViewOptions.text(task, "uiRegulationOrderNumber", String.valueOf(task.getVariable("orderRegulationDocumentNumber")));
      ViewOptions.text(task, "uiRegulationOrderDocumentId", String.valueOf(task.getVariable("orderRegulationDocumentId")));
      ViewOptions.text(task, "uiRegulationDocumentId", String.valueOf(task.getVariable("regulationDocumentId")));
    }
    if (SIGN_CURATOR_ORDER.equals(task.getTaskDefinitionKey())) {
      OrderTasks.show(task, "orderCurator");
      ViewOptions.text(task, "uiCuratorName", program.getCurator() == null ? "" : program.getCurator().fullName());
    }
    if (APPOINT_CURATOR.equals(task.getTaskDefinitionKey())) {
      List<StaffMember> teachers = staff.appointable(program.getSchool().getCode());
      ViewOptions.set(task, "uiStaffOptions", teachers, StaffMember::getId, BaseService::label);
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    switch (task.getTaskDefinitionKey()) {
      case ISSUE_ORDER -> {
        String number = OrderTasks.number(task, "orderOrganisation");
        LocalDate date = OrderTasks.today();
        records.record(programId, ProgramRecord.Kind.ORDER_ORGANISATION, number, date,
            "Об организации наставничества педагогических работников в " + program.getAcademicYear() + " учебном году", actor);
        if (task.getVariable("orderRegulationDocumentNumber") != null) {
          // a school's own diagram may approve the regulation by the organisation order itself
          records.record(programId, ProgramRecord.Kind.ORDER_REGULATION, OrderTasks.number(task, "orderRegulation"), date,
              "Положение о системе наставничества педагогических работников утверждено", actor);
        }
      }
      case APPOINT_CURATOR -> {
        StaffMember curator = staff.inSchool(program.getSchool().getCode(),
            form.requiredId("curatorId", "Куратор программы"));
        if (curator.hasRole(Role.DIRECTOR)) {
          throw new UserFacingException("Куратором назначается сотрудник школы, а не её руководитель.");
        }
        program.setCurator(curator);
        programs.save(program);
        staff.grantRole(curator, Role.CURATOR);
      }
      case SIGN_CURATOR_ORDER -> {
        String decision = form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"));
        if ("approve".equals(decision)) {
          StaffMember curator = program.getCurator();
          records.record(programId, ProgramRecord.Kind.ORDER_CURATOR, OrderTasks.number(task, "orderCurator"),
              OrderTasks.today(), "Куратор программы: " + (curator == null ? "" : curator.fullName()), actor);
        }
      }
      case CHOOSE_FORMS -> {
        List<String> codes = form.requiredList("interactionForms", "Формы взаимодействия");
        for (String code : codes) {
          if (InteractionForm.byCode(code).isEmpty()) {
            throw new UserFacingException("Неизвестная форма взаимодействия «" + code + "».");
          }
        }
        program.setInteractionForms(String.join("; ", codes));
        programs.save(program);
      }
      case INFORM_STAFF -> {
        LocalDate date = form.requiredDate("councilDate", "Дата педагогического совета");
        String protocol = form.requiredText("protocolNumber", "Номер протокола");
        List<String> channels = form.list("informChannels");
        records.record(programId, ProgramRecord.Kind.STAFF_INFORMED, protocol, date,
            "Коллектив проинформирован" + (channels.isEmpty() ? "" : ": " + channels.stream().collect(Collectors.joining(", "))), actor);
      }
      default -> { }
    }
  }
}
