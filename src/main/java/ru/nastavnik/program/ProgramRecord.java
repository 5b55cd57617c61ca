package ru.nastavnik.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/** An order, protocol or note the program produced: its kind, number, date and what it fixes. */
@Entity
@DynamicUpdate
@Table(name = "program_record")
public class ProgramRecord {

  /** The documents the seeds name, with their Russian titles. */
  public enum Kind {
    ORDER_ORGANISATION("Приказ об организации наставничества"),
    ORDER_REGULATION("Приказ об утверждении положения о системе наставничества педагогических работников"),
    ORDER_CURATOR("Приказ о назначении куратора"),
    STAFF_INFORMED("Протокол педагогического совета о введении системы наставничества"),
    ANALYTIC_NOTE("Аналитическая справка о профессиональных дефицитах"),
    ORDER_MENTORS("Приказ о назначении наставников"),
    PAIRING_PROPOSAL("Предложение пар по итогам подбора"),
    ORDER_PAIRS("Приказ о закреплении наставнических пар/групп"),
    MENTEE_SUPPORT("Психолого-педагогическая поддержка наставляемого без пары"),
    INDIVIDUAL_PLAN("Индивидуальный план наставничества (карта ИОМ)"),
    MIDYEAR_MONITORING("Промежуточный мониторинг: обратная связь участников"),
    MENTOR_REPORT("Отчёт наставника о результатах наставничества"),
    MONITORING_NOTE("Информационная справка по итогам мониторинга"),
    FINAL_EVENT("Итоговое мероприятие"),
    ORDER_AWARDS("Приказ о награждении наставников"),
    ORDER_RESULTS("Приказ по итогам реализации программы"),
    STEP_NOTE("Отметка о выполнении шага программы школы"),
    MENTORSHIP_DIAGNOSTICS("Диагностика уровня подготовки и индивидуальных потребностей педагога"),
    MENTORSHIP_PLAN("План наставничества на учебный год"),
    PLAN_REVIEW("Согласование (утверждение) плана наставничества"),
    COUNCIL_REPORT("Отчёт о результатах наставничества на заседание педагогического совета"),
    MENTORSHIP_APPOINTMENT("Приказ о назначении наставника молодому педагогу");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String title;

  @Column(name = "doc_number")
  private String number;

  @Column(name = "doc_date")
  private LocalDate date;

  @Column(length = 4000)
  private String details;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected ProgramRecord() {}

  public ProgramRecord(MentoringProgram program, Kind kind, String number, LocalDate date,
      String details, String recordedBy) {
    this.program = program;
    this.kind = kind;
    this.title = kind.title();
    this.number = number;
    this.date = date;
    this.details = details;
    this.recordedBy = recordedBy;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public Kind getKind() { return kind; }
  public String getTitle() { return title; }
  public String getNumber() { return number; }
  public LocalDate getDate() { return date; }
  public String getDetails() { return details; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
