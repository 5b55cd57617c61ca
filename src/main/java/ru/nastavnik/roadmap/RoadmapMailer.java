package ru.nastavnik.roadmap;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the roadmap's e-mails (Spring Boot's {@link JavaMailSender}, {@code spring.mail.*}). A mail
 * server that is down or missing never fails the reminder or the escalation: the task's follow-up
 * date and candidate groups carry it in Tasklist anyway, and the roadmap notes the failure.
 */
@Component
public class RoadmapMailer {

  private static final Logger log = LoggerFactory.getLogger(RoadmapMailer.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final RoadmapProperties properties;

  public RoadmapMailer(ObjectProvider<JavaMailSender> sender, RoadmapProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  /** Sends one message to each address; tells how many were accepted by the mail server. */
  public int send(List<String> to, String subject, String text) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null || to.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (String address : to) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.mailFrom());
      message.setTo(address);
      message.setSubject(subject);
      message.setText(text);
      try {
        mail.send(message);
        sent++;
      } catch (MailException e) {
        log.warn("Письмо дорожной карты не отправлено на {}: {}", address, e.getMessage());
      }
    }
    return sent;
  }
}
