package id.nusatrade.backtest.strategy;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens, each with its offset in the text for error positions. */
final class Lexer {
  enum Kind {
    NUMBER,
    WORD,
    SYMBOL,
    END
  }

  record Token(Kind kind, String text, int offset) {}

  private Lexer() {}

  static List<Token> tokens(String text, ExpressionParser.Errors errors) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        out.add(new Token(Kind.NUMBER, text.substring(start, i), start));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        out.add(new Token(Kind.WORD, text.substring(start, i), start));
      } else if ((c == '>' || c == '<') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
        out.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), i));
        i += 2;
      } else if ("()[],.+-*/<>".indexOf(c) >= 0) {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
        i++;
      } else {
        throw errors.at(i, "unexpected character '" + c + "'");
      }
    }
    out.add(new Token(Kind.END, "", text.length()));
    return out;
  }
}
