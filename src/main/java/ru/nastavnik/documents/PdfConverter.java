package ru.nastavnik.documents;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * DOCX → PDF with LibreOffice ({@code soffice --headless --convert-to pdf}) where it is installed.
 * The application works without it: {@link #available()} is false and no PDF is made. Conversions
 * run one at a time with a private LibreOffice profile, each under a timeout after which the
 * process is killed.
 */
@Component
public class PdfConverter {

  private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);

  private final DocumentsProperties.Pdf settings;
  private final Optional<Path> executable;
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private Path profile;

  public PdfConverter(DocumentsProperties properties) {
    this.settings = properties.pdf();
    this.executable = settings.enabled() ? locate(settings.command()) : Optional.empty();
    executable.ifPresentOrElse(p -> log.info("PDF copies of documents are made with {}", p),
        () -> log.info("LibreOffice (soffice) not found or PDF disabled: documents are stored as DOCX only"));
  }

  public boolean available() {
    return executable.isPresent();
  }

  /** The PDF of one DOCX, or empty when LibreOffice is missing, fails or times out. */
  public Optional<byte[]> convert(byte[] docx) {
    return Optional.ofNullable(convertAll(Map.of("document", docx)).get("document"));
  }

  /** Several DOCX in one LibreOffice run (much faster than one run each); names are file stems. */
  public Map<String, byte[]> convertAll(Map<String, byte[]> docxByName) {
    Map<String, byte[]> result = new LinkedHashMap<>();
    if (executable.isEmpty() || docxByName.isEmpty()) {
      return result;
    }
    oneAtATime.lock();
    Path work = null;
    try {
      work = Files.createTempDirectory("nastavnik-pdf-");
      List<String> command = new ArrayList<>(List.of(executable.get().toString(), "--headless", "--norestore",
          "--nologo", "--nodefault", "--nolockcheck", "-env:UserInstallation=" + profile().toUri(),
          "--convert-to", "pdf", "--outdir", work.resolve("out").toString()));
      Map<String, String> stems = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, byte[]> e : docxByName.entrySet()) {
        String stem = "d" + (i++);
        Files.write(work.resolve(stem + ".docx"), e.getValue());
        command.add(work.resolve(stem + ".docx").toString());
        stems.put(stem, e.getKey());
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(work.resolve("soffice.log").toFile()).start();
      long timeout = settings.timeout().toMillis() * Math.max(1, docxByName.size() / 4 + 1);
      if (!p.waitFor(timeout, TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        log.warn("LibreOffice did not convert {} document(s) within {} ms: killed", docxByName.size(), timeout);
        return result;
      }
      for (Map.Entry<String, String> e : stems.entrySet()) {
        Path pdf = work.resolve("out").resolve(e.getKey() + ".pdf");
        if (Files.isRegularFile(pdf)) {
          result.put(e.getValue(), Files.readAllBytes(pdf));
        }
      }
      if (result.size() < docxByName.size()) {
        log.warn("LibreOffice converted {} of {} document(s), exit code {}: {}", result.size(), docxByName.size(),
            p.exitValue(), Files.readString(work.resolve("soffice.log")).strip());
      }
      return result;
    } catch (IOException e) {
      log.warn("PDF conversion failed: {}", e.toString());
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return result;
    } finally {
      oneAtATime.unlock();
      deleteQuietly(work);
    }
  }

  private Path profile() throws IOException {
    if (profile == null) {
      profile = Files.createTempDirectory("nastavnik-soffice-profile-");
    }
    return profile;
  }

  static Optional<Path> locate(String command) {
    Path direct = Path.of(command);
    if (direct.isAbsolute()) {
      return Files.isExecutable(direct) ? Optional.of(direct) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir).resolve(command);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // temporary files only
    }
  }
}
