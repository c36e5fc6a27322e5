package id.nusatrade.rules.safety;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The allow-list check run on editable DRL before it is compiled. It reads the text as tokens
 * (comments dropped, string literals kept whole) and reports, with the line, every import outside
 * the fact model, global other than {@code verdict}, denied word (reflection, System, Runtime,
 * threads, files, network, eval, functions, working-memory changes, loops), qualified name outside
 * the allowed packages, {@code new} of a type other than the allowed ones, unicode escape, and any
 * right-hand-side call that is not on a bound fact, the verdict or an allowed value type.
 */
public final class DrlPolicy {
  /** The package of the facts; DRL must declare it and may import from it. */
  public static final String MODEL_PACKAGE = "id.nusatrade.rules.model";

  static final Set<String> ALLOWED_IMPORTS =
      Set.of(
          "java.math.BigDecimal", "java.time.Duration", "java.time.Instant", "java.time.LocalDate");

  /** Types a rule may name as the receiver of a call or after {@code new}. */
  static final Set<String> VALUE_TYPES = Set.of("String", "BigDecimal", "Math", "Duration");

  static final Set<String> NEW_ALLOWED = Set.of("BigDecimal");

  static final Set<String> VERDICT_METHODS = Set.of("reject", "requireApproval", "halt");

  private static final Set<String> PACKAGE_ROOTS =
      Set.of(
          "java", "javax", "jakarta", "jdk", "sun", "com", "org", "net", "io", "kotlin", "groovy",
          "scala", "mvel", "oracle", "id");

  private final String file;
  private final List<DrlToken> tokens;
  private final List<RuleMessage> messages = new ArrayList<>();
  private final Set<String> locals = new HashSet<>();

  private DrlPolicy(String file, List<DrlToken> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  /** Every violation in {@code drl}; empty when the source may be compiled. */
  public static List<RuleMessage> check(String file, String drl) {
    DrlPolicy policy = new DrlPolicy(file, DrlLexer.tokens(drl));
    policy.unicodeEscapes(drl);
    policy.scan();
    return List.copyOf(policy.messages);
  }

  private void unicodeEscapes(String drl) {
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\\u")) {
        refuse(i + 1, "unicode escapes (\\u...) are not allowed: write the character itself");
      }
    }
  }

  private void scan() {
    boolean inRule = false;
    boolean inConsequence = false;
    for (int i = 0; i < tokens.size(); i++) {
      DrlToken t = tokens.get(i);
      if (t.kind() != DrlToken.Kind.WORD) {
        continue;
      }
      String w = t.text();
      if (!inRule && (w.equals("import") || w.equals("package") || w.equals("global"))) {
        i = topLevel(i) - 1;
        continue;
      }
      if (!inRule && w.equals("rule")) {
        inRule = true;
        locals.clear();
        continue;
      }
      if (inRule && w.equals("then") && !afterDot(i)) {
        inConsequence = true;
        continue;
      }
      if (inRule && w.equals("end") && !afterDot(i)) {
        inRule = false;
        inConsequence = false;
        continue;
      }
      if (w.equals("import") || w.equals("package") || w.equals("global")) {
        refuse(t.line(), "'" + w + "' is only allowed at the top of the file, not inside a rule");
        continue;
      }
      String denied = DeniedWords.reason(w);
      if (denied != null) {
        refuse(t.line(), "'" + w + "': " + denied);
        continue;
      }
      i = word(i, inConsequence);
    }
  }

  /** Checks a word inside a rule; returns the index of the last token it consumed. */
  private int word(int i, boolean inConsequence) {
    DrlToken t = tokens.get(i);
    String w = t.text();
    if (!afterDot(i) && PACKAGE_ROOTS.contains(w) && symbolAt(i + 1, ".")) {
      int end = qualifiedEnd(i);
      String name = joined(i, end);
      if (!allowedQualified(name)) {
        refuse(t.line(), "'" + name + "' is outside the fact model (" + MODEL_PACKAGE + ")");
      }
      return end - 1;
    }
    if (w.equals("new")) {
      DrlToken type = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (type == null || !NEW_ALLOWED.contains(type.text())) {
        refuse(
            t.line(),
            "'new "
                + (type == null ? "" : type.text())
                + "': a rule may only create "
                + NEW_ALLOWED);
      }
      return i + 1;
    }
    if (inConsequence) {
      consequenceWord(i);
    }
    return i;
  }

  private void consequenceWord(int i) {
    DrlToken t = tokens.get(i);
    String w = t.text();
    if (i + 2 < tokens.size()
        && tokens.get(i + 1).kind() == DrlToken.Kind.WORD
        && symbolAt(i + 2, "=")) {
      locals.add(tokens.get(i + 1).text());
    }
    if (afterDot(i)) {
      if (i >= 2 && tokens.get(i - 2).is("verdict") && !VERDICT_METHODS.contains(w)) {
        refuse(t.line(), "verdict." + w + ": the verdict offers only " + VERDICT_METHODS);
      }
      return;
    }
    if (symbolAt(i + 1, "(")) {
      refuse(
          t.line(),
          "'"
              + w
              + "(...)': a right-hand side may only call verdict."
              + VERDICT_METHODS
              + " and methods of bound facts");
    } else if (symbolAt(i + 1, ".")
        && !w.startsWith("$")
        && !w.equals("verdict")
        && !VALUE_TYPES.contains(w)
        && !locals.contains(w)) {
      refuse(
          t.line(),
          "'"
              + w
              + ".': a right-hand side may only use the verdict, bound facts ($name) and "
              + VALUE_TYPES);
    }
  }

  /** Handles {@code import}, {@code package} or {@code global}; returns the next index. */
  private int topLevel(int i) {
    DrlToken t = tokens.get(i);
    int start = i + 1;
    if (t.is("global")) {
      int typeEnd = qualifiedEnd(start);
      String type = joined(start, typeEnd);
      String name = typeEnd < tokens.size() ? tokens.get(typeEnd).text() : "";
      if (!(type.equals("Verdict") || type.equals(MODEL_PACKAGE + ".Verdict"))
          || !name.equals("verdict")) {
        refuse(
            t.line(),
            "global " + type + " " + name + ": the only global allowed is 'Verdict verdict'");
      }
      return typeEnd + 1;
    }
    if (t.is("import") && start < tokens.size()) {
      String kind = tokens.get(start).text();
      if (kind.equals("function") || kind.equals("accumulate") || kind.equals("static")) {
        refuse(t.line(), "import " + kind + " is not allowed");
        return qualifiedEnd(start + 1);
      }
    }
    int end = qualifiedEnd(start);
    String name = joined(start, end);
    if (t.is("package") && !name.equals(MODEL_PACKAGE)) {
      refuse(t.line(), "package " + name + ": rules live in package " + MODEL_PACKAGE);
    } else if (t.is("import") && !allowedImport(name)) {
      refuse(
          t.line(),
          "import "
              + name
              + ": only "
              + MODEL_PACKAGE
              + ".* and "
              + ALLOWED_IMPORTS
              + " may be imported");
    }
    return end;
  }

  private static boolean allowedImport(String name) {
    if (ALLOWED_IMPORTS.contains(name)) {
      return true;
    }
    if (!name.startsWith(MODEL_PACKAGE + ".")) {
      return false;
    }
    String rest = name.substring(MODEL_PACKAGE.length() + 1);
    return rest.equals("*") || rest.matches("[A-Z][A-Za-z0-9]*");
  }

  private static boolean allowedQualified(String name) {
    return ALLOWED_IMPORTS.contains(name)
        || name.equals(MODEL_PACKAGE)
        || name.startsWith(MODEL_PACKAGE + ".");
  }

  /** Index just past {@code a.b.c} (or {@code a.b.*}) starting at {@code i}. */
  private int qualifiedEnd(int i) {
    int j = i;
    while (j < tokens.size()) {
      DrlToken t = tokens.get(j);
      boolean part = t.kind() == DrlToken.Kind.WORD || t.is("*");
      if (!part) {
        break;
      }
      j++;
      if (symbolAt(j, ".") && j + 1 < tokens.size()) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private String joined(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to && k < tokens.size(); k++) {
      s.append(tokens.get(k).text());
    }
    return s.toString();
  }

  private boolean afterDot(int i) {
    return i > 0 && tokens.get(i - 1).is(".");
  }

  private boolean symbolAt(int i, String symbol) {
    return i >= 0
        && i < tokens.size()
        && tokens.get(i).kind() == DrlToken.Kind.SYMBOL
        && tokens.get(i).text().equals(symbol);
  }

  private void refuse(int line, String text) {
    messages.add(RuleMessage.error(file, line, text));
  }
}
