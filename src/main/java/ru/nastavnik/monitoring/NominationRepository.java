package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  @Query("select n from Nomination n where n.program.id = ?1 order by n.id")
  List<Nomination> findByProgram(Long programId);
}
