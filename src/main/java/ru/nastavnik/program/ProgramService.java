package ru.nastavnik.program;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolService;

/** Starts and looks up a school's mentoring program for an academic year. */
@Service
public class ProgramService {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  private final ProgramRepository programs;
  private final ProgramRecordRepository records;
  private final SchoolService schools;
  private final RuntimeService runtime;
  private final DefinitionResolver definitions;

  public ProgramService(ProgramRepository programs, ProgramRecordRepository records,
      SchoolService schools, RuntimeService runtime, DefinitionResolver definitions) {
    this.programs = programs;
    this.records = records;
    this.schools = schools;
    this.runtime = runtime;
    this.definitions = definitions;
  }

  public static String businessKey(String schoolCode, String academicYear) {
    return schoolCode + "-" + academicYear;
  }

  /** «2025/26»: two consecutive years. */
  public static void checkAcademicYear(String academicYear) {
    Matcher m = academicYear == null ? null : YEAR.matcher(academicYear.trim());
    if (m == null || !m.matches()
        || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new UserFacingException("Учебный год указывается как «2025/26»: два соседних года через косую черту.");
    }
  }

  /** Starts the program; a second program for the same school and year is refused. */
  @Transactional
  public MentoringProgram start(String schoolCode, String academicYear) {
    checkAcademicYear(academicYear);
    School school = schools.byCode(schoolCode);
    programs.findBySchoolAndYear(schoolCode, academicYear.trim()).ifPresent(p -> {
      throw alreadyRunning(school, p.getAcademicYear());
    });
    ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(ProgramProcess.KEY)
        .businessKey(businessKey(schoolCode, academicYear.trim()))
        .setVariable(ProgramProcess.SCHOOL_CODE, schoolCode)
        .setVariable(ProgramProcess.ACADEMIC_YEAR, academicYear.trim());
    builder = definitions.hasOwn(schoolCode, ProgramProcess.KEY)
        ? builder.processDefinitionTenantId(schoolCode)
        : builder.processDefinitionWithoutTenantId();
    ProcessInstance instance = builder.execute();
    return programs.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }

  static UserFacingException alreadyRunning(School school, String academicYear) {
    return UserFacingException.conflict("Программа наставничества школы «" + school.getShortName()
        + "» на " + academicYear + " учебный год уже запущена: вторая программа на тот же год не создаётся.");
  }

  @Transactional(readOnly = true)
  public MentoringProgram byId(Long id) {
    return programs.findById(id)
        .orElseThrow(() -> UserFacingException.notFound("Программа наставничества не найдена."));
  }

  @Transactional(readOnly = true)
  public List<MentoringProgram> ofSchool(String schoolCode) {
    return programs.findBySchool(schoolCode);
  }

  @Transactional(readOnly = true)
  public List<ProgramRecord> records(Long programId) {
    return records.findByProgram(programId);
  }
}
