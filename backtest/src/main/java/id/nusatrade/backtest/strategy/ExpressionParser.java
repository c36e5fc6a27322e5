package id.nusatrade.backtest.strategy;

import id.nusatrade.backtest.strategy.Expr.Cond;
import id.nusatrade.backtest.strategy.Expr.Num;
import id.nusatrade.backtest.strategy.Lexer.Kind;
import id.nusatrade.backtest.strategy.Lexer.Token;
import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.indicators.IndicatorRegistry;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the strategy expression language (grammar in docs/backtest.md):
 *
 * <pre>
 * cond    := and ('or' and)*
 * and     := unary ('and' unary)*
 * unary   := 'not' unary | '(' cond ')' | compare
 * compare := sum ('&gt;'|'&lt;'|'&gt;='|'&lt;='|'crosses_above'|'crosses_below') sum
 * sum     := product (('+'|'-') product)*
 * product := factor (('*'|'/') factor)*
 * factor  := '-' factor | NUMBER | '(' sum ')' | series ('[' INT ']')?
 * series  := open|high|low|close|volume | 'model' '.' (probability|signal|buy|sell)
 *          | NAME '(' params ')' ('.' OUTPUT)?
 * </pre>
 *
 * Errors carry the offset of the offending token, which the caller turns into a line and column.
 */
public final class ExpressionParser {
  /** Turns an offset in the expression text into a positioned error. */
  @FunctionalInterface
  public interface Errors {
    YamlException at(int offset, String why);
  }

  private final IndicatorRegistry registry;
  private final Errors errors;
  private final boolean modelLoaded;
  private final List<Token> tokens;
  private int pos;

  private ExpressionParser(
      String text, IndicatorRegistry registry, Errors errors, boolean modelLoaded) {
    this.registry = registry;
    this.modelLoaded = modelLoaded;
    this.errors = errors;
    this.tokens = Lexer.tokens(text, errors);
  }

  /** Parses a condition (an entry or exit rule). */
  public static Cond condition(String text, IndicatorRegistry registry, Errors errors) {
    return condition(text, registry, errors, false);
  }

  /** As above; {@code modelLoaded} tells whether {@code model.*} values may be read. */
  public static Cond condition(
      String text, IndicatorRegistry registry, Errors errors, boolean modelLoaded) {
    ExpressionParser p = new ExpressionParser(text, registry, errors, modelLoaded);
    Cond c = p.or();
    p.expectEnd();
    return c;
  }

  /** Parses a numeric expression (a stop distance). */
  public static Num number(String text, IndicatorRegistry registry, Errors errors) {
    return number(text, registry, errors, false);
  }

  /** As above; {@code modelLoaded} tells whether {@code model.*} values may be read. */
  public static Num number(
      String text, IndicatorRegistry registry, Errors errors, boolean modelLoaded) {
    ExpressionParser p = new ExpressionParser(text, registry, errors, modelLoaded);
    Num n = p.sum();
    p.expectEnd();
    return n;
  }

  private Cond or() {
    Cond left = and();
    while (word("or")) {
      left = new Expr.Or(left, and());
    }
    return left;
  }

  private Cond and() {
    Cond left = unaryCond();
    while (word("and")) {
      left = new Expr.And(left, unaryCond());
    }
    return left;
  }

  private Cond unaryCond() {
    if (word("not")) {
      return new Expr.Not(unaryCond());
    }
    if (peek().text().equals("(") && parenthesisedCondition()) {
      next();
      Cond inner = or();
      expect(")");
      return inner;
    }
    return compare();
  }

  /** Whether the parenthesis at the cursor opens a condition rather than arithmetic. */
  private boolean parenthesisedCondition() {
    int depth = 0;
    for (int i = pos; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.equals("(")) {
        depth++;
      } else if (t.equals(")") && --depth == 0) {
        return false;
      } else if (depth == 1 && tokens.get(i).kind() != Kind.NUMBER && isConditionWord(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConditionWord(String t) {
    return switch (t) {
      case ">", "<", ">=", "<=", "crosses_above", "crosses_below", "and", "or", "not" -> true;
      default -> false;
    };
  }

  private Cond compare() {
    Num left = sum();
    Token op = next();
    Num right;
    switch (op.text()) {
      case ">", "<", ">=", "<=" -> {
        right = sum();
        return new Expr.Compare(op.text(), left, right);
      }
      case "crosses_above", "crosses_below" -> {
        right = sum();
        return new Expr.Cross(op.text().equals("crosses_above"), left, right);
      }
      default ->
          throw errors.at(
              op.offset(),
              op.kind() == Kind.END
                  ? "expected a condition: a comparison (>, <, >=, <=) or crosses_above/"
                      + "crosses_below after the value"
                  : "expected >, <, >=, <=, crosses_above or crosses_below, got '"
                      + op.text()
                      + "'");
    }
  }

  private Num sum() {
    Num left = product();
    while (peek().text().equals("+") || peek().text().equals("-")) {
      char op = next().text().charAt(0);
      left = new Expr.Arithmetic(op, left, product());
    }
    return left;
  }

  private Num product() {
    Num left = factor();
    while (peek().text().equals("*") || peek().text().equals("/")) {
      char op = next().text().charAt(0);
      left = new Expr.Arithmetic(op, left, factor());
    }
    return left;
  }

  private Num factor() {
    Token t = next();
    if (t.text().equals("-")) {
      return new Expr.Negate(factor());
    }
    if (t.kind() == Kind.NUMBER) {
      return new Expr.Constant(parseNumber(t));
    }
    if (t.text().equals("(")) {
      Num inner = sum();
      expect(")");
      return inner;
    }
    if (t.kind() == Kind.WORD && !isConditionWord(t.text())) {
      Series series = series(t);
      return new Expr.SeriesRef(series, offset());
    }
    throw errors.at(
        t.offset(),
        t.kind() == Kind.END
            ? "expression ends where a value was expected"
            : "expected a number, a price or an indicator, got '" + t.text() + "'");
  }

  private Series series(Token name) {
    String lower = name.text().toLowerCase(Locale.ROOT);
    if (lower.equals("model") && peek().text().equals(".")) {
      return model(name);
    }
    if (!peek().text().equals("(")) {
      try {
        return new Series.Price(Series.Field.valueOf(lower.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw errors.at(
            name.offset(),
            "unknown value '"
                + name.text()
                + "': use open, high, low, close, volume or an indicator such as sma(10)");
      }
    }
    return IndicatorCall.parse(this, name, lower);
  }

  private Series model(Token name) {
    next();
    Token output = next();
    Series.ModelOutput which;
    try {
      which = Series.ModelOutput.valueOf(output.text().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw errors.at(
          output.offset(),
          "unknown model output '"
              + output.text()
              + "': use model.probability, model.signal, model.buy or model.sell");
    }
    if (!modelLoaded) {
      throw errors.at(
          name.offset(),
          "model."
              + output.text()
              + " reads a model's decisions: run with --model DIR (a directory written by"
              + " ./nusatrade train)");
    }
    return new Series.Model(which);
  }

  private int offset() {
    if (!peek().text().equals("[")) {
      return 0;
    }
    next();
    boolean negative = peek().text().equals("-");
    if (negative) {
      next();
    }
    Token n = next();
    if (n.kind() != Kind.NUMBER || n.text().contains(".")) {
      throw errors.at(n.offset(), "a bar offset must be a whole number, as in close[1]");
    }
    expect("]");
    int value = Integer.parseInt(n.text());
    return negative ? -value : value;
  }

  double parseNumber(Token t) {
    try {
      return Double.parseDouble(t.text());
    } catch (NumberFormatException e) {
      throw errors.at(t.offset(), "'" + t.text() + "' is not a number");
    }
  }

  IndicatorRegistry registry() {
    return registry;
  }

  Errors errors() {
    return errors;
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.END) {
      pos++;
    }
    return t;
  }

  private boolean word(String w) {
    if (peek().kind() == Kind.WORD && peek().text().equalsIgnoreCase(w)) {
      pos++;
      return true;
    }
    return false;
  }

  Token expect(String text) {
    Token t = next();
    if (!t.text().equals(text)) {
      throw errors.at(
          t.offset(),
          "expected '"
              + text
              + "', got "
              + (t.kind() == Kind.END ? "the end" : "'" + t.text() + "'"));
    }
    return t;
  }

  private void expectEnd() {
    Token t = peek();
    if (t.kind() != Kind.END) {
      throw errors.at(t.offset(), "unexpected '" + t.text() + "' (missing 'and' or 'or'?)");
    }
  }
}
