package ru.nastavnik.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoadmapNoteRepository extends JpaRepository<RoadmapNote, Long> {

  @Query("select n from RoadmapNote n where n.row.id = ?1 order by n.createdAt, n.id")
  List<RoadmapNote> findByRow(Long rowId);

  @Query("select n from RoadmapNote n where n.row.roadmap.id = ?1 order by n.createdAt, n.id")
  List<RoadmapNote> findByRoadmap(Long roadmapId);
}
