package ru.nastavnik.school;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long> {
  Optional<School> findByCode(String code);
}
