package ru.nastavnik.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RemovalActRepository extends JpaRepository<RemovalAct, Long> {

  @Query("select a from RemovalAct a where a.school.code = ?1 order by a.id")
  List<RemovalAct> findBySchool(String schoolCode);

  @Query("select a from RemovalAct a where a.staff.id = ?1")
  Optional<RemovalAct> findByStaff(Long staffId);
}
