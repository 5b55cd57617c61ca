package ru.nastavnik.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

  @Query("select c from Consent c where c.staff.id = ?1 and c.purpose = ?2 and c.withdrawnOn is null")
  List<Consent> findValid(Long staffId, Consent.Purpose purpose);

  @Query("select c from Consent c where c.staff.id = ?1 order by c.recordedAt")
  List<Consent> findByStaff(Long staffId);
}
