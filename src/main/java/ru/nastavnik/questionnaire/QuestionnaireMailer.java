package ru.nastavnik.questionnaire;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import ru.nastavnik.staff.StaffMember;

/**
 * E-mail reminders about a questionnaire through Spring Boot mail. The letter names the
 * questionnaire and the deadline only — no answers, no other people. A failed delivery is logged
 * and counted; it never stops the collection.
 */
@Component
public class QuestionnaireMailer {

  private static final Logger log = LoggerFactory.getLogger(QuestionnaireMailer.class);

  private final JavaMailSender sender;
  private final String from;
  private final String tasklistUrl;

  public QuestionnaireMailer(JavaMailSender sender,
      @Value("${nastavnik.questionnaire.mail-from:nastavnik@localhost}") String from,
      @Value("${nastavnik.questionnaire.tasklist-url:http://localhost:8080/camunda/app/tasklist/}") String tasklistUrl) {
    this.sender = sender;
    this.from = from;
    this.tasklistUrl = tasklistUrl;
  }

  /** Sends the reminder; false when the mail server refused or could not be reached. */
  public boolean remind(StaffMember to, String title, String deadline) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.getEmail());
    message.setSubject("Напоминание: заполните анкету «" + title + "» до " + deadline);
    message.setText(salutation(to) + "\n\n"
        + "Напоминаем, что до " + deadline + " нужно заполнить анкету «" + title + "».\n"
        + "Анкета ждёт вас в списке задач: " + tasklistUrl + "\n\n"
        + "После срока анкета закроется и ответ уже не будет учтён.\n\n"
        + "Это письмо отправлено автоматически программой наставничества, отвечать на него не нужно.");
    try {
      sender.send(message);
      return true;
    } catch (MailException e) {
      log.warn("Напоминание об анкете не отправлено сотруднику {}: {}", to.getId(), e.getMessage());
      return false;
    }
  }

  private static String salutation(StaffMember s) {
    return s.getMiddleName() == null || s.getMiddleName().isBlank()
        ? "Здравствуйте, " + s.getFirstName() + "!"
        : "Здравствуйте, " + s.getFirstName() + " " + s.getMiddleName() + "!";
  }
}
