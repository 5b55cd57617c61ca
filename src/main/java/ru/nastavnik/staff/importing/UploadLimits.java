package ru.nastavnik.staff.importing;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Makes Spring's multipart limits ({@code spring.servlet.multipart.max-file-size} /
 * {@code max-request-size}, 1 MB by default) admit a staff file of {@code nastavnik.import.max-bytes}.
 * Limits already larger are left alone: the import's own check then refuses a bigger staff file
 * with a Russian message, and Spring refuses anything over its limit ({@link UploadExceptionHandler}).
 */
@Component
public class UploadLimits implements BeanPostProcessor {

  /** Room for the multipart envelope around the file. */
  static final long REQUEST_OVERHEAD = 64 * 1024;

  private final long fileBytes;

  public UploadLimits(Environment environment) {
    this.fileBytes = Binder.get(environment).bind("nastavnik.import.max-bytes", DataSize.class)
        .orElse(DataSize.ofMegabytes(5)).toBytes();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof MultipartConfigElement e) {
      long maxFile = raise(e.getMaxFileSize(), fileBytes);
      long maxRequest = raise(e.getMaxRequestSize(), fileBytes + REQUEST_OVERHEAD);
      if (maxFile != e.getMaxFileSize() || maxRequest != e.getMaxRequestSize()) {
        return new MultipartConfigElement(e.getLocation(), maxFile, maxRequest, e.getFileSizeThreshold());
      }
    }
    return bean;
  }

  /** -1 means unlimited in the Servlet API. */
  static long raise(long current, long needed) {
    return current < 0 || current >= needed ? current : needed;
  }
}
