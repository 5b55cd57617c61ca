package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairOutcomeRepository extends JpaRepository<PairOutcome, Long> {

  @Query("select o from PairOutcome o where o.program.id = ?1 order by o.pair.id")
  List<PairOutcome> findByProgram(Long programId);

  @Query("select o from PairOutcome o where o.pair.id = ?1")
  Optional<PairOutcome> findByPair(Long pairId);
}
