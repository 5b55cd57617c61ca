package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrowthMeasurementRepository extends JpaRepository<GrowthMeasurement, Long> {

  @Query("select g from GrowthMeasurement g where g.program.id = ?1 order by g.parameter, g.id")
  List<GrowthMeasurement> findByProgram(Long programId);

  @Query("select g from GrowthMeasurement g where g.program.id = ?1 and g.staff.id = ?2 and g.parameter = ?3")
  Optional<GrowthMeasurement> find(Long programId, Long staffId, String parameter);
}
