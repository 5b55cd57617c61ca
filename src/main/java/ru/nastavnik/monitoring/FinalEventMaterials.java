package ru.nastavnik.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.Document;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.documents.UploadedFiles;
import ru.nastavnik.documents.model.Texts;

/**
 * Files attached to a program's final event (its program, протокол, presentation, photos): DOCX,
 * PDF or a PNG / JPEG picture of at most 10 MB, recognised by content, kept as documents of the
 * program ({@link DocumentKind#FINAL_EVENT_MATERIALS}) next to the generated ones. Every call is
 * scoped by school: an event of another school is not found. The information notes already made
 * follow every file attached or removed.
 */
@Service
public class FinalEventMaterials {

  /** The largest file of the final event's materials. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final FinalEventRepository events;
  private final DocumentService documents;

  public FinalEventMaterials(FinalEventRepository events, DocumentService documents) {
    this.events = events;
    this.documents = documents;
  }

  /** An attached file and its bytes. */
  public record Material(Document document, byte[] content) {}

  /**
   * Attaches a file to the school's final event. An empty file, one over 10 MB, one that is not DOCX,
   * PDF, PNG or JPEG by its content, or one whose name's extension says another format is refused
   * with a Russian message, and nothing is stored.
   */
  @Transactional
  public Document attach(String schoolCode, Long eventId, String originalName, byte[] content, String actor) {
    FinalEvent event = event(schoolCode, eventId);
    String name = baseName(originalName);
    String shown = shown(name);
    if (content == null || content.length == 0) {
      throw new UserFacingException("Файл «" + shown + "» пуст: приложите материалы мероприятия — документ DOCX,"
          + " PDF или изображение PNG / JPEG.");
    }
    requireSize(originalName, content.length);
    UploadedFiles.Format format = UploadedFiles.detect(content).orElseThrow(() -> new UserFacingException(
        "Файл «" + shown + "» не является документом DOCX, PDF или изображением PNG / JPEG: такие материалы"
            + " не принимаются."));
    String extension = UploadedFiles.extension(name);
    UploadedFiles.Format named = UploadedFiles.byExtension(name).orElse(null);
    if (!extension.isEmpty() && named != format) {
      throw new UserFacingException("Расширение файла «" + shown + "» не совпадает с его содержимым ("
          + format.name() + "): проверьте, тот ли файл выбран.");
    }
    String base = named == null ? name : name.substring(0, name.length() - extension.length() - 1).trim();
    if (base.isBlank()) {
      base = DocumentKind.FINAL_EVENT_MATERIALS.title();
    }
    if (base.length() > 150) {
      base = base.substring(0, 150);
    }
    String fileName = base + "." + format.extension();
    Document stored = documents.storeFile(schoolCode, event.getProgram().getId(), DocumentKind.FINAL_EVENT_MATERIALS,
        DocumentKind.FINAL_EVENT_MATERIALS.title() + " — " + fileName, fileName, content, actor,
        "final-event-" + event.getId() + "-material-" + UUID.randomUUID());
    notesFollow(event.getProgram().getId());
    return stored;
  }

  /**
   * The program's information notes for the pedagogical council already made (stage VI makes one
   * before the curator may have attached everything) list the final event's files: they are made
   * again in place from the files as they are now, same id and date, PDF copy dropped.
   */
  private void notesFollow(Long programId) {
    documents.ofProgram(programId, DocumentKind.MONITORING_NOTE)
        .forEach(note -> documents.rerender(note.getId()));
  }

  /** The files attached to a final event of the school, in the order attached. */
  @Transactional(readOnly = true)
  public List<Document> list(String schoolCode, Long eventId) {
    return documents.ofProgram(event(schoolCode, eventId).getProgram().getId(), DocumentKind.FINAL_EVENT_MATERIALS);
  }

  /** One file attached to a final event of the school, with its content; anything else is not found. */
  @Transactional(readOnly = true)
  public Material get(String schoolCode, Long eventId, Long documentId) {
    Document doc = list(schoolCode, eventId).stream().filter(d -> d.getId().equals(documentId)).findFirst()
        .orElseThrow(() -> UserFacingException.notFound("Файл № " + documentId + " к этому мероприятию не приложен."));
    return new Material(doc, documents.docx(doc.getId()));
  }

  /** Removes a file attached to a final event of the school (the file and its content go). */
  @Transactional
  public Document remove(String schoolCode, Long eventId, Long documentId) {
    Document doc = get(schoolCode, eventId, documentId).document();
    documents.deleteUploaded(doc.getId());
    notesFollow(doc.getProgramId());
    return doc;
  }

  private FinalEvent event(String schoolCode, Long eventId) {
    return events.findById(eventId).filter(e -> e.getProgram().getSchool().getCode().equals(schoolCode))
        .orElseThrow(() -> UserFacingException.notFound("Итоговое мероприятие № " + eventId
            + " в этой школе не найдено."));
  }

  /** The URL that downloads a file attached to a school's final event. */
  public static String url(String schoolCode, Long eventId, Long documentId) {
    return "/api/schools/" + schoolCode + "/final-events/" + eventId + "/materials/" + documentId;
  }

  /** Refuses a file over {@link #MAX_BYTES} (before it is read, where the size is known first). */
  public static void requireSize(String originalName, long size) {
    if (size > MAX_BYTES) {
      throw new UserFacingException("Файл «" + shown(baseName(originalName)) + "» больше 10 МБ: сожмите его"
          + " (например, уменьшите изображения) или разделите на части.");
    }
  }

  /** How messages name the file. */
  private static String shown(String name) {
    return name.isEmpty() ? "без имени" : name;
  }

  /** The name without any client-side folder, with characters unsafe in file names replaced. */
  static String baseName(String originalName) {
    if (originalName == null) {
      return "";
    }
    String n = originalName.replace('\\', '/');
    return Texts.safeFileName(n.substring(n.lastIndexOf('/') + 1));
  }
}
