package ru.nastavnik.school;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;

@Service
public class SchoolService {

  private static final Pattern CODE = Pattern.compile("[a-zA-Z0-9]{2,64}");

  private final SchoolRepository schools;

  public SchoolService(SchoolRepository schools) {
    this.schools = schools;
  }

  @Transactional(readOnly = true)
  public School byCode(String code) {
    return schools.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Школа с кодом «" + code + "» не найдена."));
  }

  @Transactional(readOnly = true)
  public List<School> all() {
    return schools.findAll();
  }

  @Transactional
  public School updateRequisites(String code, String fullName, String shortName, String headTitle,
      String headName, String address, String locality) {
    School s = byCode(code);
    s.setFullName(fullName);
    s.setShortName(shortName);
    s.setHeadTitle(headTitle);
    s.setHeadName(headName);
    s.setAddress(address);
    s.setLocality(locality);
    return schools.save(s);
  }

  @Transactional
  public School register(School school) {
    if (school.getCode() == null || !CODE.matcher(school.getCode()).matches()) {
      throw new UserFacingException(
          "Код школы должен состоять из латинских букв и цифр (2–64 символа): он служит идентификатором арендатора.");
    }
    if (schools.findByCode(school.getCode()).isPresent()) {
      throw UserFacingException.conflict("Школа с кодом «" + school.getCode() + "» уже зарегистрирована.");
    }
    return schools.save(school);
  }
}
