package ru.nastavnik.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a missing or weak administrator password, before the engine creates the
 * admin user. Policy as Camunda's default: at least 10 characters with upper- and lower-case
 * letters, a digit and a special character, not containing the user id.
 */
@Component
public class AdminPasswordCheck extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties properties;

  public AdminPasswordCheck(CamundaBpmProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var admin = properties.getAdminUser();
    if (admin == null || admin.getId() == null) {
      return;
    }
    String problem = weakness(admin.getId(), admin.getPassword());
    if (problem != null) {
      throw new IllegalStateException("Пароль администратора «" + admin.getId() + "» отклонён: " + problem
          + ". Задайте надёжный пароль в переменной окружения NASTAVNIK_ADMIN_PASSWORD.");
    }
  }

  static String weakness(String userId, String password) {
    if (password == null || password.isBlank()) {
      return "пароль не задан";
    }
    if (password.toLowerCase().contains(userId.toLowerCase())) {
      return "пароль содержит имя пользователя";
    }
    if (password.length() < 10) {
      return "короче 10 символов";
    }
    if (password.chars().noneMatch(Character::isUpperCase)
        || password.chars().noneMatch(Character::isLowerCase)) {
      return "нужны строчные и прописные буквы";
    }
    if (password.chars().noneMatch(Character::isDigit)) {
      return "нужна цифра";
    }
    if (password.chars().allMatch(Character::isLetterOrDigit)) {
      return "нужен специальный символ";
    }
    return null;
  }
}
