package id.nusatrade.backtest.strategy;

import id.nusatrade.backtest.strategy.Lexer.Kind;
import id.nusatrade.backtest.strategy.Lexer.Token;
import id.nusatrade.indicators.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code name(p1, p2, ...)[.output]}: an indicator call, turned into the indicators module's own
 * spec token ({@code macd(12,26,9).signal} is token {@code macd:12:26:9}, output {@code signal}),
 * so parameters are validated by the registry exactly as {@code ./nusatrade indicators} does.
 */
final class IndicatorCall {
  private IndicatorCall() {}

  static Series parse(ExpressionParser p, Token name, String lower) {
    p.expect("(");
    StringBuilder token = new StringBuilder(lower);
    if (!p.peek().text().equals(")")) {
      do {
        Token param = p.next();
        boolean negative = param.text().equals("-");
        if (negative) {
          param = p.next();
        }
        if (param.kind() != Kind.NUMBER) {
          throw p.errors().at(param.offset(), lower + "(...) takes numbers as parameters");
        }
        token.append(':').append(negative ? "-" : "").append(param.text());
      } while (p.peek().text().equals(",") && p.next() != null);
    }
    p.expect(")");
    Indicator indicator;
    try {
      indicator = p.registry().create(token.toString());
    } catch (IllegalArgumentException e) {
      throw p.errors().at(name.offset(), e.getMessage());
    }
    String[] columns = indicator.names();
    if (!p.peek().text().equals(".")) {
      return new Series.IndicatorOutput(token.toString(), 0, columns[0]);
    }
    p.next();
    Token output = p.next();
    List<String> outputs = outputs(lower, columns);
    int index = outputs.indexOf(output.text().toLowerCase(java.util.Locale.ROOT));
    if (index < 0) {
      throw p.errors()
          .at(
              output.offset(),
              "'" + lower + "' has no output '" + output.text() + "' (outputs: " + outputs + ")");
    }
    return new Series.IndicatorOutput(token.toString(), index, columns[index]);
  }

  /**
   * Output names from column names ({@code macd_signal_12_26_9} gives {@code signal}); the first,
   * named after the indicator, is also reachable without an output.
   */
  static List<String> outputs(String name, String[] columns) {
    List<String> outputs = new ArrayList<>();
    for (String column : columns) {
      String rest = column.startsWith(name + "_") ? column.substring(name.length() + 1) : column;
      int cut = 0;
      while (cut < rest.length() && !Character.isDigit(rest.charAt(cut))) {
        cut++;
      }
      String label = rest.substring(0, cut).replaceAll("_+$", "");
      outputs.add(label.isEmpty() ? name : label);
    }
    return outputs;
  }
}
