package ru.nastavnik.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolTemplateRepository extends JpaRepository<SchoolTemplate, Long> {

  @Query("select t from SchoolTemplate t where t.schoolId = ?1 and t.kind = ?2")
  Optional<SchoolTemplate> find(Long schoolId, DocumentKind kind);

  @Query("select t.kind from SchoolTemplate t where t.schoolId = ?1")
  List<DocumentKind> kindsOf(Long schoolId);
}
