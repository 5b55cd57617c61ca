package ru.nastavnik.variants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Deploys a school's own diagrams ({@code processes/schools/<code>/*.bpmn|*.dmn}) with the
 * school's tenant id, together with every form (shared {@code forms/} and the school's
 * {@code processes/schools/<code>/forms/}), because user tasks bind their forms to the
 * deployment. Unchanged files create no new version: the deployment is named
 * {@code school-<code>} and Camunda's duplicate filtering compares it with the previous one.
 *
 * <p>Files are read from {@code nastavnik.variants.base-dir} (default {@code ./processes/schools}
 * when that folder exists) or else from the classpath copy {@code nastavnik-schools/}.
 */
@Service
public class TenantDeployer {

  private static final Logger log = LoggerFactory.getLogger(TenantDeployer.class);
  public static final String DEPLOYMENT_PREFIX = "school-";

  private final RepositoryService repository;
  private final String baseDir;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public TenantDeployer(RepositoryService repository,
      @Value("${nastavnik.variants.base-dir:./processes/schools}") String baseDir) {
    this.repository = repository;
    this.baseDir = baseDir;
  }

  /** The outcome of one deployment attempt. */
  public record Result(String schoolCode, String deploymentId, boolean changed, int definitions,
      Map<String, String> resources) {}

  /** True when the school has a folder of its own diagrams. */
  public boolean hasVariants(String code) {
    return !diagrams(code).isEmpty();
  }

  /** Deploys the school's folder (re-read now); nothing is created when no file changed. */
  public Result deploy(String code) {
    checkCode(code);
    Map<String, byte[]> diagrams = diagrams(code);
    if (diagrams.isEmpty()) {
      return new Result(code, null, false, 0, Map.of());
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_PREFIX + code)
        .tenantId(code)
        .source("nastavnik-variants")
        .enableDuplicateFiltering(false);
    Map<String, byte[]> all = new TreeMap<>(diagrams);
    all.putAll(forms(code));
    all.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    int definitions = deployment.getDeployedProcessDefinitions() == null ? 0
        : deployment.getDeployedProcessDefinitions().size();
    boolean changed = definitions > 0
        || (deployment.getDeployedDecisionDefinitions() != null && !deployment.getDeployedDecisionDefinitions().isEmpty());
    Map<String, String> names = new TreeMap<>();
    all.keySet().forEach(n -> names.put(n, n.endsWith(".form") ? "form" : "diagram"));
    log.info("Варианты школы {}: развёртывание {} ({})", code, deployment.getId(),
        changed ? "новые версии: " + definitions : "без изменений");
    return new Result(code, deployment.getId(), changed, definitions, names);
  }

  /** Where the school's files are read from now (for messages and the README). */
  public String source(String code) {
    Path dir = Path.of(baseDir, code);
    return Files.isDirectory(Path.of(baseDir)) ? dir.toAbsolutePath().toString() : "classpath:nastavnik-schools/" + code;
  }

  Map<String, byte[]> diagrams(String code) {
    checkCode(code);
    Map<String, byte[]> files = new TreeMap<>();
    Path base = Path.of(baseDir);
    if (Files.isDirectory(base)) {
      Path dir = base.resolve(code);
      if (Files.isDirectory(dir)) {
        readDir(dir, files, "processes/schools/" + code + "/", ".bpmn", ".dmn");
      }
      return files;
    }
    readClasspath("classpath*:nastavnik-schools/" + code + "/*.*", files, "processes/schools/" + code + "/", ".bpmn", ".dmn");
    return files;
  }

  Map<String, byte[]> forms(String code) {
    Map<String, byte[]> files = new TreeMap<>();
    readClasspath("classpath*:nastavnik/forms/*.form", files, "forms/", ".form");
    Path base = Path.of(baseDir);
    if (Files.isDirectory(base)) {
      Path dir = base.resolve(code).resolve("forms");
      if (Files.isDirectory(dir)) {
        readDir(dir, files, "processes/schools/" + code + "/forms/", ".form");
      }
    } else {
      readClasspath("classpath*:nastavnik-schools/" + code + "/forms/*.form", files,
          "processes/schools/" + code + "/forms/", ".form");
    }
    return files;
  }

  private static void readDir(Path dir, Map<String, byte[]> into, String prefix, String... suffixes) {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && endsWith(name, suffixes)) {
          into.put(prefix + name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readClasspath(String pattern, Map<String, byte[]> into, String prefix, String... suffixes) {
    try {
      for (Resource r : resolver.getResources(pattern)) {
        String name = r.getFilename();
        if (name != null && endsWith(name, suffixes)) {
          try (InputStream in = r.getInputStream()) {
            into.put(prefix + name, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean endsWith(String name, String... suffixes) {
    for (String s : suffixes) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static void checkCode(String code) {
    if (code == null || !code.matches("[A-Za-z0-9]+")) {
      throw new ru.nastavnik.common.UserFacingException("Код школы должен состоять из латинских букв и цифр.");
    }
  }
}
