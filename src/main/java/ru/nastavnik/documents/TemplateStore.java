package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.template.DocxTemplateEngine;
import ru.nastavnik.documents.template.DocxTemplateEngine.TemplateInfo;
import ru.nastavnik.school.School;

/**
 * Finds the template of a document for a school: the one an administrator uploaded (database), else
 * {@code <template-dir>/<schoolCode>/<KIND>.docx}, else the built-in one. Every template is checked
 * against its kind's placeholders before first use (a result kept per content hash), so a school's
 * file with an unknown placeholder fails with its name instead of printing it.
 */
@Component
public class TemplateStore {

  public static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;

  /** Where a template came from. */
  public enum Source {
    UPLOADED("загружен администратором"),
    FOLDER("папка шаблонов школы"),
    BUILT_IN("встроенный");

    private final String title;

    Source(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public record Template(DocumentKind kind, byte[] content, Source source, String sha256, String name) {}

  private final SchoolTemplateRepository uploads;
  private final DocxTemplateEngine engine;
  private final DocumentsProperties properties;
  private final Map<DocumentKind, Template> builtIn = new ConcurrentHashMap<>();
  private final Map<String, TemplateInfo> checked = new ConcurrentHashMap<>();

  public TemplateStore(SchoolTemplateRepository uploads, DocxTemplateEngine engine, DocumentsProperties properties) {
    this.uploads = uploads;
    this.engine = engine;
    this.properties = properties;
  }

  /** The school's template of the kind, checked. */
  @Transactional(readOnly = true)
  public Template load(School school, DocumentKind kind) {
    Template t = find(school, kind);
    check(t);
    return t;
  }

  @Transactional(readOnly = true)
  public Template find(School school, DocumentKind kind) {
    return uploads.find(school.getId(), kind)
        .map(u -> new Template(kind, u.getContent(), Source.UPLOADED, u.getSha256(), name(kind, Source.UPLOADED)))
        .or(() -> folder(school.getCode(), kind))
        .orElseGet(() -> builtIn(kind));
  }

  /** Checks a template's placeholders against the kind; throws {@link ru.nastavnik.documents.template.TemplateException}. */
  public TemplateInfo check(Template t) {
    return checked.computeIfAbsent(t.kind().name() + ':' + t.sha256(),
        key -> engine.validate(t.content(), t.kind().schema(), t.name()));
  }

  /**
   * What the built-in template of the kind fills in and the given one leaves out: placeholders and
   * lists by name, in the built-in template's order. A school's template edited before the built-in
   * one gained a section (the final event of the information note, for example) makes documents
   * without it; the list tells the director which fields to add. Empty for the built-in template.
   */
  public Omitted omitted(Template t) {
    if (t.source() == Source.BUILT_IN) {
      return Omitted.NONE;
    }
    TemplateInfo own = check(t);
    TemplateInfo base = check(builtIn(t.kind()));
    return new Omitted(base.scalars().stream().filter(f -> !own.scalars().contains(f)).toList(),
        base.lists().stream().filter(l -> !own.lists().contains(l)).toList());
  }

  /** Placeholders and lists of the built-in template that a school's template does not use. */
  public record Omitted(List<String> fields, List<String> lists) {
    static final Omitted NONE = new Omitted(List.of(), List.of());

    public boolean isEmpty() {
      return fields.isEmpty() && lists.isEmpty();
    }

    /** The director's warning in Russian, or null when nothing is left out. */
    public String notice() {
      if (isEmpty()) {
        return null;
      }
      List<String> names = new ArrayList<>();
      fields.forEach(f -> names.add("{{" + f + "}}"));
      lists.forEach(l -> names.add("список " + l));
      return "В шаблоне школы нет сведений, которые заполняет встроенный шаблон: " + String.join(", ", names)
          + ". Документы по нему выйдут без них: добавьте эти поля в шаблон школы или удалите его, чтобы"
          + " вернуться к встроенному.";
    }
  }

  /** Stores a school's own template after checking it (400 with the unknown placeholder's name). */
  @Transactional
  public Template upload(School school, DocumentKind kind, byte[] content, String fileName, String user) {
    if (content == null || content.length == 0) {
      throw new UserFacingException("Файл шаблона пуст.");
    }
    if (content.length > MAX_TEMPLATE_BYTES) {
      throw new UserFacingException("Файл шаблона больше 10 МБ: уменьшите изображения в нём.");
    }
    Template t = new Template(kind, content, Source.UPLOADED, sha256(content), name(kind, Source.UPLOADED));
    check(t);
    SchoolTemplate row = uploads.find(school.getId(), kind).orElseGet(() -> new SchoolTemplate(school.getId(), kind));
    row.replace(content, fileName, t.sha256(), user);
    uploads.save(row);
    return t;
  }

  /** Removes an uploaded template; true when there was one. */
  @Transactional
  public boolean removeUpload(School school, DocumentKind kind) {
    Optional<SchoolTemplate> row = uploads.find(school.getId(), kind);
    row.ifPresent(uploads::delete);
    return row.isPresent();
  }

  /** Which template each kind uses for the school. */
  @Transactional(readOnly = true)
  public List<Template> effective(School school) {
    List<Template> list = new ArrayList<>();
    for (DocumentKind k : DocumentKind.generated()) {
      list.add(find(school, k));
    }
    return list;
  }

  public Path folderOf(String schoolCode) {
    return properties.templateDir().resolve(schoolCode);
  }

  private Optional<Template> folder(String schoolCode, DocumentKind kind) {
    Path file = folderOf(schoolCode).resolve(kind.templateFile());
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] content = Files.readAllBytes(file);
      return Optional.of(new Template(kind, content, Source.FOLDER, sha256(content),
          name(kind, Source.FOLDER) + " (" + file + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + file, e);
    }
  }

  private Template builtIn(DocumentKind kind) {
    return builtIn.computeIfAbsent(kind, k -> {
      String path = "/documents/templates/" + k.templateFile();
      try (InputStream in = TemplateStore.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("Built-in template missing: " + path);
        }
        byte[] content = in.readAllBytes();
        return new Template(k, content, Source.BUILT_IN, sha256(content), name(k, Source.BUILT_IN));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String name(DocumentKind kind, Source source) {
    return kind.fullTitle() + " — " + kind.templateFile() + ", " + source.title();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
