package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import ru.nastavnik.common.FileSignatures;
import org.springframework.stereotype.Component;

/**
 * The generated documents (DOCX, with their PDF copies) after a withdrawal: the documents about the
 * person alone (their consent form, certificate, diploma; the report and plan of their own pair)
 * are deleted; in every other document of the school that names them (an order listing them, the
 * analytic note) the name, e-mail and login are replaced inside the Word file and its PDF copy is
 * dropped (a PDF cannot be rewritten; it is made again from the DOCX when needed). The names sit
 * compressed inside the files, where no text search of the tables would find them.
 */
@Component
class DocumentScrubber {

  private final EntityManager em;

  DocumentScrubber(EntityManager em) {
    this.em = em;
  }

  Map<String, Integer> erase(Long schoolId, Long staffId, List<Long> ownPairs, PersonMatcher matcher) {
    Map<String, Integer> places = new TreeMap<>();
    List<Long> about = new ArrayList<>();
    for (Object id : em.createNativeQuery("select id from document where staff_id = ?1").setParameter(1, staffId)
        .getResultList()) {
      about.add(((Number) id).longValue());
    }
    if (!ownPairs.isEmpty()) {
      for (Object id : em.createNativeQuery("select id from document where pair_id in (?1)")
          .setParameter(1, ownPairs).getResultList()) {
        about.add(((Number) id).longValue());
      }
    }
    if (!about.isEmpty()) {
      em.createNativeQuery("delete from document_content where document_id in (?1)").setParameter(1, about)
          .executeUpdate();
      int n = em.createNativeQuery("delete from document where id in (?1)").setParameter(1, about).executeUpdate();
      places.put("document: документы только о нём (согласие, сертификат, грамота, план и отчёт его пары) — удалены", n);
    }
    int rewritten = 0;
    int unreadable = 0;
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select d.id, d.kind, c.docx from document d"
        + " join document_content c on c.document_id = d.id where d.school_id = ?1")
        .setParameter(1, schoolId).getResultList();
    for (Object[] row : rows) {
      byte[] docx = (byte[]) row[2];
      if (!FileSignatures.isZip(docx)) {
        // a PDF or a picture uploaded as materials: its text is not read here, a person checks it
        unreadable++;
        continue;
      }
      byte[] scrubbed = rewrite(docx, matcher);
      if (scrubbed != null) {
        Long id = ((Number) row[0]).longValue();
        em.createNativeQuery("update document_content set docx = ?1, pdf = null where document_id = ?2")
            .setParameter(1, scrubbed).setParameter(2, id).executeUpdate();
        em.createNativeQuery("update document set docx_size = ?1, pdf_size = null where id = ?2")
            .setParameter(1, scrubbed.length).setParameter(2, id).executeUpdate();
        rewritten++;
      }
    }
    if (rewritten > 0) {
      places.put("document_content: упоминания в файлах документов (приказы, справки) — заменены, PDF-копии удалены",
          rewritten);
    }
    if (unreadable > 0) {
      places.put("document_content: загруженные файлы PDF и изображения (материалы мероприятий) — их текст система"
          + " не читает, проверить вручную и при упоминании удалить или заменить", unreadable);
    }
    return places;
  }


  /** Whether a Word file names the person the way {@link #rewrite} would find them. */
  static boolean mentions(byte[] docx, PersonMatcher matcher) {
    if (docx == null) {
      return false;
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.getName().endsWith(".xml") && matcher.mentions(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
          return true;
        }
      }
    } catch (IOException e) {
      return false; // not a Word file
    }
    return false;
  }

  /** The Word file with every mention replaced, or null when it names nobody of the person's. */
  static byte[] rewrite(byte[] docx, PersonMatcher matcher) {
    if (docx == null) {
      return null;
    }
    boolean changed = false;
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
          String text = new String(content, StandardCharsets.UTF_8);
          if (matcher.mentions(text)) {
            String scrubbed = matcher.scrub(text);
            if (!scrubbed.equals(text)) {
              content = scrubbed.getBytes(StandardCharsets.UTF_8);
              changed = true;
            }
          }
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      return null; // not a Word file: nothing this scrubber can read
    }
    return changed ? out.toByteArray() : null;
  }
}
