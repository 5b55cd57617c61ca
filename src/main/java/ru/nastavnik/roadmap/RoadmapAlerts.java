package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.DATE;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * The row's reminder and escalations («Напомнить ответственным о сроке», «Сообщить директору о
 * просрочке», «Сообщить муниципальному администратору»): an e-mail to the people concerned, and in
 * Tasklist the task's follow-up date moved to now (reminder), the director's group and then the
 * administrators' group added to the task with a higher priority (escalations).
 */
@Component("roadmapAlerts")
public class RoadmapAlerts implements JavaDelegate {

  static final int DIRECTOR_PRIORITY = 75;
  static final int ADMIN_PRIORITY = 100;

  private final RoadmapService roadmaps;
  private final RoadmapSignals signals;
  private final RoadmapMailer mailer;
  private final RoadmapProperties properties;
  private final StaffRepository staff;
  private final IdentityService identity;

  public RoadmapAlerts(RoadmapService roadmaps, RoadmapSignals signals, RoadmapMailer mailer,
      RoadmapProperties properties, StaffRepository staff, IdentityService identity) {
    this.roadmaps = roadmaps;
    this.signals = signals;
    this.mailer = mailer;
    this.properties = properties;
    this.staff = staff;
    this.identity = identity;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    RoadmapRow row = roadmaps.row(EngineContext.longVar(execution, RoadmapProcess.ROW_ID));
    Roadmap roadmap = row.getRoadmap();
    String school = roadmap.getSchool().getCode();
    ZoneId zone = roadmaps.zone(school);
    List<Task> tasks = signals.openTasks(execution.getProcessInstanceId(), RoadmapProcess.ROW_TASK);
    String due = row.getDueAt() == null ? "—" : DATE.format(row.getDueAt().atZone(zone).toLocalDate());
    String what = "пункт " + row.getNumber() + " «" + row.getAction() + "»";
    String where = "дорожной карты " + roadmap.getSchool().getShortName() + " на " + roadmap.getAcademicYear()
        + " учебный год";
    String link = tasks.isEmpty() ? properties.appUrl() + "/camunda/app/tasklist/"
        : properties.appUrl() + "/camunda/app/tasklist/default/#/?task=" + tasks.get(0).getId();
    switch (execution.getCurrentActivityId()) {
      case RoadmapProcess.REMIND -> {
        java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
        tasks.forEach(t -> signals.onTask(t, ts -> {
          t.setFollowUpDate(now);
          ts.saveTask(t);
        }));
        List<String> to = responsible(school, row, tasks);
        int sent = mailer.send(to, "Напоминание: срок пункта " + row.getNumber() + " дорожной карты — " + due,
            "Здравствуйте!\n\nПриближается срок: " + what + " " + where + ".\n\nСрок: " + due
                + ".\nОтветственный: " + row.getRole().title() + ".\n\nЗадача ждёт вас в Tasklist: " + link
                + "\n\nПисьмо отправлено автоматически системой «Наставник».");
        note(row, RoadmapNote.Kind.REMINDER, "Напоминание о сроке " + due, to, sent);
      }
      case RoadmapProcess.ESCALATE_DIRECTOR -> {
        tasks.forEach(t -> signals.onTask(t, ts -> {
          ts.addCandidateGroup(t.getId(), Role.DIRECTOR.groupId());
          ts.setPriority(t.getId(), DIRECTOR_PRIORITY);
        }));
        row.escalated(1);
        List<String> to = emails(staff.findBySchoolAndRole(school, Role.DIRECTOR));
        int sent = mailer.send(to, "Просрочен пункт " + row.getNumber() + " дорожной карты (срок " + due + ")",
            "Здравствуйте!\n\nНе выполнен в срок " + what + " " + where + ".\n\nСрок истёк: " + due
                + ".\nОтветственный: " + row.getRole().title() + ".\n\nЗадача добавлена в ваш список задач: " + link
                + "\nЕсли пункт не будет выполнен, через " + execution.getVariable(RoadmapProcess.ADMIN_AFTER_DAYS)
                + " раб. дн. о просрочке узнает муниципальный администратор."
                + "\n\nПисьмо отправлено автоматически системой «Наставник».");
        note(row, RoadmapNote.Kind.ESCALATION_DIRECTOR, "Просрочка передана директору", to, sent);
      }
      case RoadmapProcess.ESCALATE_ADMIN -> {
        tasks.forEach(t -> signals.onTask(t, ts -> {
          ts.addCandidateGroup(t.getId(), CurrentUser.ADMIN_GROUP);
          ts.setPriority(t.getId(), ADMIN_PRIORITY);
        }));
        row.escalated(2);
        List<String> to = adminEmails(school);
        int sent = mailer.send(to, "Школа " + roadmap.getSchool().getShortName() + ": просрочен пункт "
                + row.getNumber() + " дорожной карты",
            "Здравствуйте!\n\nВ школе " + roadmap.getSchool().getShortName() + " не выполнен " + what + " " + where
                + ".\n\nСрок истёк: " + due + "; директор школы уведомлён и пункт по-прежнему не выполнен."
                + "\nОтветственный: " + row.getRole().title() + ".\n\nЗадача: " + link
                + "\n\nПисьмо отправлено автоматически системой «Наставник».");
        note(row, RoadmapNote.Kind.ESCALATION_ADMIN, "Просрочка передана муниципальному администратору", to, sent);
      }
      default -> throw new IllegalStateException("roadmapAlerts at " + execution.getCurrentActivityId());
    }
  }

  /** The assignee if the task is taken, else everyone of the school with the row's role. */
  private List<String> responsible(String school, RoadmapRow row, List<Task> tasks) {
    String assignee = tasks.isEmpty() ? null : tasks.get(0).getAssignee();
    if (assignee != null) {
      List<String> one = staff.findByUsername(assignee).filter(StaffMember::isActive)
          .map(s -> emails(List.of(s))).orElse(List.of());
      if (!one.isEmpty()) {
        return one;
      }
    }
    return emails(staff.findBySchoolAndRole(school, row.getRole()));
  }

  private List<String> adminEmails(String school) {
    Set<String> to = new LinkedHashSet<>(properties.adminEmailsFor(school));
    List<User> admins = new ArrayList<>();
    EngineContext.asSystem(identity, () ->
        admins.addAll(identity.createUserQuery().memberOfGroup(CurrentUser.ADMIN_GROUP).list()));
    for (User admin : admins) {
      if (admin.getEmail() != null && !admin.getEmail().isBlank()) {
        to.add(admin.getEmail().trim());
      }
    }
    return new ArrayList<>(to);
  }

  private static List<String> emails(List<StaffMember> people) {
    return people.stream().map(StaffMember::getEmail).filter(e -> e != null && !e.isBlank()).map(String::trim)
        .distinct().toList();
  }

  private void note(RoadmapRow row, RoadmapNote.Kind kind, String text, List<String> to, int sent) {
    roadmaps.note(row, kind, text + ": писем отправлено " + sent + " из " + to.size() + ".", "system");
    if (sent < to.size()) {
      roadmaps.note(row, RoadmapNote.Kind.MAIL_FAILED, "Не доставлено писем: " + (to.size() - sent)
          + ". Проверьте настройки почты (spring.mail.*).", "system");
    }
  }
}
