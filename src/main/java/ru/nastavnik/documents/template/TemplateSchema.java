package ru.nastavnik.documents.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The placeholders a template may use: scalar fields ({@code {{school.shortName}}}, always with a
 * dot) and lists ({@code {{#pairs}} … {{/pairs}}}) with the fields of one item ({@code {{mentor}}},
 * never with a dot). A template that names anything else is rejected when it is loaded.
 */
public final class TemplateSchema {

  private final Set<String> scalars;
  private final Map<String, Set<String>> lists;

  private TemplateSchema(Set<String> scalars, Map<String, Set<String>> lists) {
    this.scalars = Collections.unmodifiableSet(scalars);
    this.lists = Collections.unmodifiableMap(lists);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Set<String> scalars() {
    return scalars;
  }

  public Map<String, Set<String>> lists() {
    return lists;
  }

  public boolean hasScalar(String name) {
    return scalars.contains(name);
  }

  public boolean hasList(String name) {
    return lists.containsKey(name);
  }

  public Set<String> itemFields(String list) {
    return lists.getOrDefault(list, Set.of());
  }

  /** Sorted names for messages. */
  public String describeScalars() {
    return String.join(", ", new TreeSet<>(scalars));
  }

  public String describeLists() {
    StringBuilder s = new StringBuilder();
    lists.forEach((name, fields) -> {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(name).append(" (").append(String.join(", ", fields)).append(')');
    });
    return s.toString();
  }

  public static final class Builder {
    private final Set<String> scalars = new LinkedHashSet<>();
    private final Map<String, Set<String>> lists = new LinkedHashMap<>();

    public Builder scalars(String... names) {
      for (String n : names) {
        if (n.indexOf('.') < 0) {
          throw new IllegalArgumentException("A scalar field has a dotted name: " + n);
        }
        scalars.add(n);
      }
      return this;
    }

    public Builder scalars(Set<String> names) {
      return scalars(names.toArray(String[]::new));
    }

    public Builder list(String name, String... itemFields) {
      for (String f : itemFields) {
        if (f.indexOf('.') >= 0) {
          throw new IllegalArgumentException("An item field has no dot: " + f);
        }
      }
      lists.put(name, new LinkedHashSet<>(List.of(itemFields)));
      return this;
    }

    public Builder merge(TemplateSchema other) {
      scalars.addAll(other.scalars);
      lists.putAll(other.lists);
      return this;
    }

    public TemplateSchema build() {
      return new TemplateSchema(new LinkedHashSet<>(scalars), new LinkedHashMap<>(lists));
    }
  }
}
