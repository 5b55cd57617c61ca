package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoadmapRowRepository extends JpaRepository<RoadmapRow, Long> {

  @Query("select r from RoadmapRow r where r.roadmap.id = ?1 order by r.position, r.id")
  List<RoadmapRow> findByRoadmap(Long roadmapId);

  @Query("select r from RoadmapRow r where r.roadmap.id = ?1 and r.id = ?2")
  Optional<RoadmapRow> findInRoadmap(Long roadmapId, Long rowId);

  @Query("select count(r) from RoadmapRow r where r.roadmap.id = ?1 and r.status in"
      + " (ru.nastavnik.roadmap.RowStatus.PLANNED, ru.nastavnik.roadmap.RowStatus.IN_PROGRESS)")
  long countOpen(Long roadmapId);

  @Query("select coalesce(max(r.position), 0) from RoadmapRow r where r.roadmap.id = ?1")
  int maxPosition(Long roadmapId);
}
