package ru.nastavnik.bases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentorProfileRepository extends JpaRepository<MentorProfile, Long> {

  @Query("select m from MentorProfile m where m.program.id = ?1 order by m.staff.lastName, m.staff.firstName")
  List<MentorProfile> findByProgram(Long programId);

  @Query("select m from MentorProfile m where m.program.id = ?1 and m.status in ?2"
      + " order by m.staff.lastName, m.staff.firstName")
  List<MentorProfile> findByProgramAndStatus(Long programId, List<MentorProfile.Status> statuses);

  @Query("select m from MentorProfile m where m.program.id = ?1 and m.staff.id = ?2")
  Optional<MentorProfile> findByProgramAndStaff(Long programId, Long staffId);
}
