package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FinalEventRepository extends JpaRepository<FinalEvent, Long> {

  @Query("select e from FinalEvent e where e.program.id = ?1")
  Optional<FinalEvent> findByProgram(Long programId);

  @Query("select e from FinalEvent e join fetch e.program p where p.school.code = ?1 order by e.date desc, e.id desc")
  List<FinalEvent> findBySchool(String schoolCode);
}
