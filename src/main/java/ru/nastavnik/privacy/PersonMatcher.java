package ru.nastavnik.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a person in free text and replaces the mentions: the full name and its short forms
 * («Гусева Дарья Андреевна», «Гусевой Д. А.», «Д.А. Гусева», «Дарья Андреевна»), the surname and the
 * first name alone in their Russian case forms, the e-mail and the login. Names and e-mail become the
 * removal label («Удалено (отзыв согласия №5)»), the login becomes the pseudonym («deleted-5»), so
 * an audit trail keeps telling one actor from another.
 *
 * <p>The case forms come from the endings of Russian names (a heuristic, not a dictionary). So that
 * a withdrawal never scrubs another person's data, {@link #within} keeps only the forms no colleague
 * of the same school shares (a colleague with the same surname takes the bare surname away, one with
 * the same surname and initial the «Гусева Д. А.» form too), and {@link #outside} — for rows of other
 * schools and rows of no school — matches the e-mail, the login and the full name only, the full name
 * only while nobody else anywhere bears it.
 */
public final class PersonMatcher {

  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

  private final Pattern names;
  private final Pattern email;
  private final Pattern login;
  private final String username;
  private final String label;
  private final String pseudonym;
  private final List<String> probes;

  /** The forms a name is written in; each can be switched off when it would also name someone else. */
  public enum Form {
    /** «Гусева Дарья (Андреевна)», «Дарья (Андреевна) Гусева». */
    FULL,
    /** «Гусева Д. А.», «Д. А. Гусева». */
    INITIALS,
    /** «Дарья Андреевна». */
    FIRST_MIDDLE,
    /** «Гусевой» alone. */
    LAST,
    /** «Дарье» alone. */
    FIRST
  }

  /** A person's name, to tell which forms another person shares. */
  public record Name(String last, String first, String middle) {

    boolean sameLast(Name o) {
      return same(last, o.last);
    }

    boolean sameFirst(Name o) {
      return same(first, o.first);
    }

    boolean sameMiddle(Name o) {
      return same(middle, o.middle);
    }

    boolean sameInitial(Name o) {
      return first != null && o.first != null && !first.isBlank() && !o.first.isBlank()
          && Character.toUpperCase(first.trim().charAt(0)) == Character.toUpperCase(o.first.trim().charAt(0));
    }

    private static boolean same(String a, String b) {
      return a != null && b != null && !a.isBlank() && !b.isBlank()
          && stem(a).toLowerCase(Locale.ROOT).equals(stem(b).toLowerCase(Locale.ROOT));
    }
  }

  private final Set<Form> forms;

  /** Every form of the name (where no other person is known). */
  public PersonMatcher(String lastName, String firstName, String middleName, String emailAddress,
      String username, String label, String pseudonym) {
    this(lastName, firstName, middleName, emailAddress, username, label, pseudonym, EnumSet.allOf(Form.class));
  }

  /**
   * For the rows of the person's own school: every form no colleague of that school shares.
   *
   * @param schoolmates the other people of the school (the person among them is skipped by {@code self})
   */
  public static PersonMatcher within(Name self, String emailAddress, String username, String label, String pseudonym,
      Collection<Name> schoolmates) {
    Set<Form> forms = EnumSet.allOf(Form.class);
    for (Name o : schoolmates) {
      if (o.sameLast(self)) {
        forms.remove(Form.LAST);
        if (o.sameFirst(self)) {
          forms.remove(Form.FULL);
        }
        if (o.sameInitial(self)) {
          forms.remove(Form.INITIALS);
        }
      }
      if (o.sameFirst(self)) {
        forms.remove(Form.FIRST);
        if (o.sameMiddle(self)) {
          forms.remove(Form.FIRST_MIDDLE);
        }
      }
    }
    return new PersonMatcher(self.last(), self.first(), self.middle(), emailAddress, username, label, pseudonym, forms);
  }

  /**
   * For rows of other schools and rows of no school: the e-mail and the login (unique across all
   * schools), and the full name while no other person anywhere bears it.
   */
  public static PersonMatcher outside(Name self, String emailAddress, String username, String label, String pseudonym,
      Collection<Name> everyoneElse) {
    boolean namesake = everyoneElse.stream().anyMatch(o -> o.sameLast(self) && o.sameFirst(self));
    return new PersonMatcher(self.last(), self.first(), self.middle(), emailAddress, username, label, pseudonym,
        namesake ? EnumSet.noneOf(Form.class) : EnumSet.of(Form.FULL));
  }

  private PersonMatcher(String lastName, String firstName, String middleName, String emailAddress,
      String username, String label, String pseudonym, Set<Form> forms) {
    this.username = username;
    this.label = label;
    this.pseudonym = pseudonym;
    this.forms = Set.copyOf(forms);
    this.names = namePattern(lastName, firstName, middleName, this.forms);
    this.email = emailAddress == null || emailAddress.isBlank() ? null
        : Pattern.compile(Pattern.quote(emailAddress.trim()), Pattern.CASE_INSENSITIVE);
    this.login = username == null || username.isBlank() ? null
        : Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(username) + "(?![A-Za-z0-9_\\-])",
            Pattern.CASE_INSENSITIVE);
    Set<String> p = new LinkedHashSet<>();
    boolean byLast = forms.contains(Form.FULL) || forms.contains(Form.INITIALS) || forms.contains(Form.LAST);
    boolean byFirst = forms.contains(Form.FIRST_MIDDLE) || forms.contains(Form.FIRST);
    for (String fragment : new String[] {lastName == null || lastName.isBlank() || !byLast ? null : stem(lastName),
        firstName == null || firstName.isBlank() || !byFirst ? null : stem(firstName), emailAddress, username}) {
      if (fragment != null && !fragment.isBlank()) {
        p.add(fragment.trim());
        p.add(fragment.trim().toLowerCase(Locale.ROOT));
        p.add(fragment.trim().toUpperCase(Locale.ROOT));
      }
    }
    this.probes = List.copyOf(p);
  }

  /**
   * Fragments, as written, in lower case and in capitals, one of which every mention contains: a
   * pre-filter for database scans ({@code LIKE}, without relying on the database's case rules).
   */
  public List<String> probes() {
    return probes;
  }

  public boolean mentions(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return (names != null && names.matcher(text).find())
        || (email != null && email.matcher(text).find())
        || (login != null && login.matcher(text).find());
  }

  /** The text with every mention replaced; the same instance when there is none. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    if (username != null && text.equalsIgnoreCase(username)) {
      return pseudonym;
    }
    String result = text;
    if (email != null) {
      result = email.matcher(result).replaceAll(Matcher.quoteReplacement(label));
    }
    if (names != null) {
      result = names.matcher(result).replaceAll(Matcher.quoteReplacement(label));
    }
    if (login != null) {
      result = login.matcher(result).replaceAll(Matcher.quoteReplacement(pseudonym));
    }
    return result.equals(text) ? text : result;
  }

  /** The name forms this matcher looks for. */
  public Set<Form> forms() {
    return forms;
  }

  public String label() {
    return label;
  }

  public String pseudonym() {
    return pseudonym;
  }

  // ---- name forms

  private static Pattern namePattern(String lastName, String firstName, String middleName, Set<Form> forms) {
    String last = forms(lastName);
    String first = forms(firstName);
    String middle = forms(middleName);
    String i1 = initial(firstName);
    String i2 = initial(middleName);
    List<String> alternatives = new ArrayList<>();
    String initials = i1 == null ? null
        : i1 + "\\.\\s*" + (i2 == null ? "" : "(?:" + i2 + "\\.)?");
    if (last != null && first != null && forms.contains(Form.FULL)) {
      alternatives.add(last + "\\s+" + first + (middle == null ? "" : "(?:\\s+" + middle + ")?"));
      alternatives.add(first + (middle == null ? "" : "(?:\\s+" + middle + ")?") + "\\s+" + last);
    }
    if (last != null && initials != null && forms.contains(Form.INITIALS)) {
      alternatives.add(last + "\\s*" + initials);
      alternatives.add(initials + "\\s*" + last);
    }
    if (first != null && middle != null && forms.contains(Form.FIRST_MIDDLE)) {
      alternatives.add(first + "\\s+" + middle);
    }
    if (last != null && forms.contains(Form.LAST)) {
      alternatives.add(last);
    }
    if (first != null && forms.contains(Form.FIRST)) {
      alternatives.add(first);
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return Pattern.compile(NOT_LETTER_BEFORE + "(?:" + String.join("|", alternatives) + ")" + NOT_LETTER_AFTER);
  }

  private static String initial(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return Pattern.quote(name.trim().substring(0, 1).toUpperCase(Locale.ROOT));
  }

  /** A regex matching the word in its case forms, capitalised or in capitals. */
  static String forms(String word) {
    if (word == null || word.isBlank()) {
      return null;
    }
    String w = word.trim();
    String[] rule = rule(w.toLowerCase(Locale.ROOT));
    String stem = w.substring(0, w.length() - Integer.parseInt(rule[0]));
    StringBuilder endings = new StringBuilder();
    for (int i = 1; i < rule.length; i++) {
      if (endings.length() > 0) {
        endings.append('|');
      }
      endings.append(Pattern.quote(rule[i])).append('|').append(Pattern.quote(rule[i].toUpperCase(Locale.ROOT)));
    }
    return "(?:" + Pattern.quote(stem) + "|" + Pattern.quote(stem.toUpperCase(Locale.ROOT)) + ")(?:" + endings + ")";
  }

  /** The stem shared by all case forms (the pre-filter looks for it). */
  static String stem(String word) {
    String w = word.trim();
    return w.substring(0, w.length() - Integer.parseInt(rule(w.toLowerCase(Locale.ROOT))[0]));
  }

  /** How many letters to cut from the nominative, then the endings of the case forms. */
  private static String[] rule(String w) {
    if (w.length() <= 2) {
      return new String[] {"0", ""};
    }
    if (w.endsWith("ая")) {
      return new String[] {"2", "ая", "ой", "ую", "ою"};
    }
    if (w.length() > 4 && (w.endsWith("ий") || w.endsWith("ый") || w.endsWith("ой"))) {
      return new String[] {"2", w.substring(w.length() - 2), "ого", "ому", "им", "ым", "ом"};
    }
    if (w.endsWith("ия")) {
      return new String[] {"1", "я", "и", "ю", "ей", "ею"};
    }
    if (w.endsWith("я")) {
      return new String[] {"1", "я", "и", "е", "ю", "ей", "ею"};
    }
    if (w.endsWith("а")) {
      return new String[] {"1", "а", "ы", "и", "е", "у", "ой", "ою"};
    }
    if (w.endsWith("й")) {
      return new String[] {"1", "й", "я", "ю", "ем", "е"};
    }
    if (w.endsWith("ь")) {
      return new String[] {"1", "ь", "я", "ю", "ем", "е", "и"};
    }
    char last = w.charAt(w.length() - 1);
    if ("оеиуюэы".indexOf(last) >= 0 || w.endsWith("ых") || w.endsWith("их")
        || !Character.UnicodeBlock.of(last).equals(Character.UnicodeBlock.CYRILLIC)) {
      return new String[] {"0", ""};
    }
    return new String[] {"0", "", "а", "у", "ом", "ым", "ем", "е", "ы"};
  }
}
