package id.nusatrade.rules.safety;

/** A word, number, string or symbol of DRL text, with its 1-based line. */
record DrlToken(Kind kind, String text, int line) {
  enum Kind {
    WORD,
    NUMBER,
    STRING,
    SYMBOL
  }

  boolean is(String s) {
    return text.equals(s) && kind != Kind.STRING;
  }
}
