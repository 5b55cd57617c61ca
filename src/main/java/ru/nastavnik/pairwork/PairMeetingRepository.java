package ru.nastavnik.pairwork;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairMeetingRepository extends JpaRepository<PairMeeting, Long> {

  @Query("select m from PairMeeting m where m.pair.id = ?1 order by m.heldOn, m.id")
  List<PairMeeting> findByPair(Long pairId);
}
