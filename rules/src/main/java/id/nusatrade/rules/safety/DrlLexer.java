package id.nusatrade.rules.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL into tokens, dropping comments ({@code //}, {@code /* *}{@code /}, {@code #}) and
 * keeping string literals as single tokens, so the policy sees only code words.
 */
final class DrlLexer {
  private DrlLexer() {}

  static List<DrlToken> tokens(String text) {
    List<DrlToken> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(text, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int start = i++;
        while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(n, i + 1);
        out.add(new DrlToken(DrlToken.Kind.STRING, text.substring(start, i), line));
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        out.add(new DrlToken(DrlToken.Kind.WORD, text.substring(start, i), line));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        out.add(new DrlToken(DrlToken.Kind.NUMBER, text.substring(start, i), line));
      } else {
        out.add(new DrlToken(DrlToken.Kind.SYMBOL, String.valueOf(c), line));
        i++;
      }
    }
    return out;
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
