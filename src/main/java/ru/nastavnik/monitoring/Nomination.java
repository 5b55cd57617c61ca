package ru.nastavnik.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;

/** A mentor nominated for a reward («Лучший наставник», «Наставник года»). */
@Entity
@Table(name = "nomination")
public class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @Column(nullable = false)
  private String title;

  protected Nomination() {}

  public Nomination(MentoringProgram program, StaffMember staff, String title) {
    this.program = program;
    this.staff = staff;
    this.title = title;
  }

  public Long getId() { return id; }
  public StaffMember getStaff() { return staff; }
  public String getTitle() { return title; }
}
