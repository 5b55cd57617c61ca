package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query is scoped by school: Camunda's tenant checks do not cover these tables. */
public interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

  @Query("select r from Roadmap r where r.school.code = ?1 and r.academicYear = ?2")
  Optional<Roadmap> findBySchoolAndYear(String schoolCode, String academicYear);

  @Query("select r from Roadmap r where r.school.code = ?1 order by r.academicYear desc")
  List<Roadmap> findBySchool(String schoolCode);
}
