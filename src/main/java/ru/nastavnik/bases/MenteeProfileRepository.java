package ru.nastavnik.bases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MenteeProfileRepository extends JpaRepository<MenteeProfile, Long> {

  @Query("select m from MenteeProfile m where m.program.id = ?1 order by m.staff.lastName, m.staff.firstName")
  List<MenteeProfile> findByProgram(Long programId);

  @Query("select m from MenteeProfile m where m.program.id = ?1 and m.status in ?2"
      + " order by m.staff.lastName, m.staff.firstName")
  List<MenteeProfile> findByProgramAndStatus(Long programId, List<MenteeProfile.Status> statuses);

  @Query("select m from MenteeProfile m where m.program.id = ?1 and m.staff.id = ?2")
  Optional<MenteeProfile> findByProgramAndStaff(Long programId, Long staffId);
}
