package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EffectivenessScoreRepository extends JpaRepository<EffectivenessScore, Long> {

  @Query("select s from EffectivenessScore s left join fetch s.pair where s.program.id = ?1 order by s.id")
  List<EffectivenessScore> findByProgram(Long programId);
}
