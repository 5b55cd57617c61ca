package ru.nastavnik.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every list is scoped by school: Camunda's tenant checks do not cover these tables. */
public interface DocumentRepository extends JpaRepository<Document, Long> {

  @Query("select d from Document d where d.school.id = ?1 and d.requestKey = ?2")
  Optional<Document> findByRequestKey(Long schoolId, String requestKey);

  @Query("select d from Document d where d.school.code = ?1 order by d.date desc, d.id desc")
  List<Document> findBySchool(String schoolCode);

  @Query("select d from Document d where d.school.code = ?1 and d.kind = ?2 order by d.date desc, d.id desc")
  List<Document> findBySchoolAndKind(String schoolCode, DocumentKind kind);

  /** The order register of one school and calendar year, in number order. */
  @Query("select d from Document d where d.school.code = ?1 and d.registerYear = ?2 and d.registerSeq is not null"
      + " order by d.registerSeq")
  List<Document> findRegister(String schoolCode, int year);

  @Query("select d from Document d where d.programId = ?1 and d.kind = ?2 and d.status = ?3 order by d.id desc")
  List<Document> findByProgramAndKind(Long programId, DocumentKind kind, Document.Status status);

  @Query("select d from Document d join fetch d.school where d.id = ?1")
  Optional<Document> findWithSchool(Long id);
}
