package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BestPracticeRepository extends JpaRepository<BestPractice, Long> {

  @Query("select p from BestPractice p where p.school.code = ?1 order by p.academicYear desc, p.id")
  List<BestPractice> findBySchool(String schoolCode);

  @Query("select p from BestPractice p where p.program.id = ?1 order by p.id")
  List<BestPractice> findByProgram(Long programId);
}
