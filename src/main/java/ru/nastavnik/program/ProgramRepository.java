package ru.nastavnik.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramRepository extends JpaRepository<MentoringProgram, Long> {

  @Query("select p from MentoringProgram p where p.school.code = ?1 and p.academicYear = ?2")
  Optional<MentoringProgram> findBySchoolAndYear(String schoolCode, String academicYear);

  @Query("select p from MentoringProgram p where p.school.code = ?1 order by p.academicYear desc")
  List<MentoringProgram> findBySchool(String schoolCode);

  Optional<MentoringProgram> findByBusinessKey(String businessKey);
}
