package ru.nastavnik.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Russian translation of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * <p>The English locale files come from the Camunda webjar on the classpath; the Russian
 * files and the {@code scripts/config.js} overrides are the project's own resources under
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/}. Plain unit test,
 * no Spring context.
 */
class WebappLocalesTest {

  private static final String APP_ROOT = "/META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void russianLocaleCoversEveryEnglishKey(String app) throws IOException {
    Map<String, JsonNode> en = flatten(readJson(APP_ROOT + app + "/locales/en.json"));
    Map<String, JsonNode> ru = flatten(readJson(APP_ROOT + app + "/locales/ru.json"));

    assertThat(en).as("%s: en.json from the Camunda webjar", app).isNotEmpty();

    List<String> missing = new ArrayList<>();
    for (String key : en.keySet()) {
      if (!ru.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("%s: keys of en.json missing in ru.json", app).isEmpty();

    List<String> empty = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : ru.entrySet()) {
      if (entry.getValue().asText().isBlank()) {
        empty.add(entry.getKey());
      }
    }
    assertThat(empty).as("%s: empty values in ru.json", app).isEmpty();

    List<String> placeholderMismatches = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      JsonNode translated = ru.get(entry.getKey());
      if (translated == null) {
        continue;
      }
      Set<String> expected = placeholders(entry.getValue().asText());
      Set<String> actual = placeholders(translated.asText());
      if (!expected.equals(actual)) {
        placeholderMismatches.add(entry.getKey() + ": en " + expected + " / ru " + actual);
      }
    }
    assertThat(placeholderMismatches).as("%s: {{...}} placeholders differ", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void configMakesRussianTheDefaultLanguage(String app) throws IOException {
    // The class loader returns the first match, as Spring's resource handler does:
    // the project's config.js comes before the webjar's on the classpath.
    String config = readText(APP_ROOT + app + "/scripts/config.js");

    assertThat(config)
        .as("%s: scripts/config.js served to the browser", app)
        .contains("availableLocales: ['ru', 'en']")
        .contains("fallbackLocale: 'ru'");
  }

  /**
   * Camunda Forms (form-js, in the webjar's {@code lib/deps.js}) writes its validation messages and a
   * few texts in English; Tasklist loads {@code scripts/russian-forms.js} (config.js customScripts),
   * which must know every one of them — a Camunda upgrade that adds a message fails here.
   */
  @org.junit.jupiter.api.Test
  void tasklistTranslatesEveryMessageOfCamundaForms() throws IOException {
    String config = readText(APP_ROOT + "tasklist/scripts/config.js");
    assertThat(config).contains("customScripts: ['scripts/russian-forms']");
    String script = readText(APP_ROOT + "tasklist/scripts/russian-forms.js");
    String formJs = readText("/META-INF/resources/webjars/camunda/lib/deps.js");

    Matcher m = Pattern.compile("[\"`](Field (?:is required|must)[^\"`]*)[\"`]").matcher(formJs);
    Set<String> messages = new TreeSet<>();
    while (m.find()) {
      String message = m.group(1);
      int variable = message.indexOf("${");
      messages.add(variable < 0 ? message : message.substring(0, variable));
    }
    assertThat(messages).as("validation messages of form-js").hasSizeGreaterThanOrEqualTo(7)
        .contains("Field is required.");
    List<String> untranslated = messages.stream().filter(message -> !script.contains(message)).toList();
    assertThat(untranslated).as("form-js messages without a Russian text in russian-forms.js").isEmpty();
    for (String text : List.of("Search", "No results", "All values selected")) {
      assertThat(formJs).contains("\"" + text + "\"");
      assertThat(script).contains("'" + text + "': '");
    }
    assertThat(script).contains("'Field is required.': 'Поле обязательно для заполнения.'");
    // the date fields' calendar: form-js gives flatpickr no locale, so the default one is made Russian
    assertThat(formJs).contains("window.flatpickr=", ".localize=function");
    assertThat(script).contains("flatpickr.localize(FLATPICKR_RU)", "firstDayOfWeek: 1", "'Январь'", "'Пн'");
  }

  private static JsonNode readJson(String path) throws IOException {
    try (InputStream in = open(path)) {
      // Jackson skips the UTF-8 byte order mark that Camunda's en.json files start with.
      return MAPPER.readTree(in);
    }
  }

  private static String readText(String path) throws IOException {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String path) throws IOException {
    URL url = WebappLocalesTest.class.getResource(path);
    assertThat(url).as("classpath resource %s", path).isNotNull();
    return url.openStream();
  }

  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    flatten("", root, result);
    return result;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> result) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(), result);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), result);
      }
    } else {
      result.put(prefix, node);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> result = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      result.add(matcher.group());
    }
    return result;
  }
}
