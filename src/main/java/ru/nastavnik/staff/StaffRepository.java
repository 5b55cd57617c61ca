package ru.nastavnik.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query is scoped by school: Camunda's tenant checks do not cover these tables. */
public interface StaffRepository extends JpaRepository<StaffMember, Long> {

  @Query("select s from StaffMember s where s.school.code = ?1 order by s.lastName, s.firstName")
  List<StaffMember> findBySchool(String schoolCode);

  @Query("select s from StaffMember s where s.school.code = ?1 and s.id = ?2")
  Optional<StaffMember> findInSchool(String schoolCode, Long id);

  @Query("select s from StaffMember s where s.school.code = ?1 and s.personKey = ?2")
  Optional<StaffMember> findByPersonKey(String schoolCode, String personKey);

  Optional<StaffMember> findByUsername(String username);

  @Query("select s from StaffMember s join s.roles r where s.school.code = ?1 and r = ?2 and s.active = true"
      + " order by s.lastName, s.firstName")
  List<StaffMember> findBySchoolAndRole(String schoolCode, Role role);
}
