package ru.nastavnik.monitoring;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.documents.Document;
import ru.nastavnik.documents.DocumentController;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * The files of a school's final event: the curator (or the deputy who holds the event) attaches
 * them; every member of the school's staff may list and download them; another school gets 403.
 */
@RestController
@RequestMapping("/api/schools/{code}/final-events/{id}/materials")
public class FinalEventMaterialsController {

  private final FinalEventMaterials materials;
  private final CurrentUser currentUser;

  public FinalEventMaterialsController(FinalEventMaterials materials, CurrentUser currentUser) {
    this.materials = materials;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> attach(@PathVariable String code, @PathVariable Long id,
      @RequestParam("file") MultipartFile file) throws IOException {
    currentUser.requireSchoolRole(code, "Материалы итогового мероприятия прикладывает куратор программы"
        + " или заместитель директора.", Role.CURATOR, Role.DEPUTY);
    // a file over the limit is refused before it is read into memory
    FinalEventMaterials.requireSize(file.getOriginalFilename(), file.getSize());
    Document d = materials.attach(code, id, file.getOriginalFilename(), file.getBytes(), currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(code, id, d));
  }

  @GetMapping
  public List<Map<String, Object>> list(@PathVariable String code, @PathVariable Long id) {
    currentUser.requireSchool(code);
    return materials.list(code, id).stream().map(d -> view(code, id, d)).toList();
  }

  @GetMapping("/{documentId}")
  public ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable Long id,
      @PathVariable Long documentId) {
    currentUser.requireSchool(code);
    FinalEventMaterials.Material m = materials.get(code, id, documentId);
    return DocumentController.file(m.content(), m.document().getFileName(), DocumentController.mediaType(m.document()));
  }

  @DeleteMapping("/{documentId}")
  public ResponseEntity<Void> remove(@PathVariable String code, @PathVariable Long id, @PathVariable Long documentId) {
    currentUser.requireSchoolRole(code, "Материалы итогового мероприятия удаляет куратор программы"
        + " или заместитель директора.", Role.CURATOR, Role.DEPUTY);
    materials.remove(code, id, documentId);
    return ResponseEntity.noContent().build();
  }

  private static Map<String, Object> view(String code, Long eventId, Document d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", d.getId());
    out.put("fileName", d.getFileName());
    out.put("mediaType", DocumentController.mediaType(d).toString());
    out.put("size", d.getDocxSize());
    out.put("sha256", d.getTemplateSha256());
    out.put("uploadedBy", d.getCreatedBy());
    out.put("uploadedAt", d.getCreatedAt().toString());
    out.put("url", FinalEventMaterials.url(code, eventId, d.getId()));
    return out;
  }
}
