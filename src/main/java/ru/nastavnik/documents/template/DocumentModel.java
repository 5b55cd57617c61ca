package ru.nastavnik.documents.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data one document is filled with: scalar values by dotted name and lists of items (each a
 * map of item fields). Values are already formatted text: the template engine does no formatting.
 */
public final class DocumentModel {

  private final Map<String, String> scalars = new LinkedHashMap<>();
  private final Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();

  /** A PNG picture with its caption, appended after the template's text (charts of a note). */
  public record Figure(String caption, byte[] png, int widthPx, int heightPx) {}

  public DocumentModel figure(Figure figure) {
    figures.add(figure);
    return this;
  }

  public List<Figure> figures() {
    return Collections.unmodifiableList(figures);
  }

  public DocumentModel put(String name, Object value) {
    scalars.put(name, value == null ? "" : value.toString());
    return this;
  }

  /** Starts (or replaces) a list and returns it for adding items. */
  public Items list(String name) {
    List<Map<String, String>> rows = new ArrayList<>();
    lists.put(name, rows);
    return new Items(rows);
  }

  public boolean hasScalar(String name) {
    return scalars.containsKey(name);
  }

  public boolean hasList(String name) {
    return lists.containsKey(name);
  }

  public String scalar(String name) {
    String v = scalars.get(name);
    if (v == null) {
      throw new IllegalStateException("The document model has no value for {{" + name + "}}");
    }
    return v;
  }

  public List<Map<String, String>> items(String name) {
    List<Map<String, String>> v = lists.get(name);
    if (v == null) {
      throw new IllegalStateException("The document model has no list {{#" + name + "}}");
    }
    return Collections.unmodifiableList(v);
  }

  public Map<String, String> scalars() {
    return Collections.unmodifiableMap(scalars);
  }

  public Map<String, List<Map<String, String>>> lists() {
    return Collections.unmodifiableMap(lists);
  }

  /** The items of one list. */
  public static final class Items {
    private final List<Map<String, String>> rows;

    private Items(List<Map<String, String>> rows) {
      this.rows = rows;
    }

    public Item add() {
      Map<String, String> row = new LinkedHashMap<>();
      rows.add(row);
      return new Item(row);
    }

    public int size() {
      return rows.size();
    }
  }

  /** One item of a list. */
  public static final class Item {
    private final Map<String, String> fields;

    private Item(Map<String, String> fields) {
      this.fields = fields;
    }

    public Item put(String field, Object value) {
      fields.put(field, value == null ? "" : value.toString());
      return this;
    }
  }
}
