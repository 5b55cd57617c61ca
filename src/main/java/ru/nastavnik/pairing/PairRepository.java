package ru.nastavnik.pairing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairRepository extends JpaRepository<MentoringPair, Long> {

  @Query("select p from MentoringPair p where p.program.id = ?1 and p.status in ?2 order by p.id")
  List<MentoringPair> findByProgramAndStatus(Long programId, List<MentoringPair.Status> statuses);

  @Query("select p from MentoringPair p where p.program.id = ?1 order by p.id")
  List<MentoringPair> findByProgram(Long programId);

  @Query("select p from MentoringPair p where p.program.id = ?1 and p.id = ?2")
  Optional<MentoringPair> findInProgram(Long programId, Long pairId);
}
