package id.nusatrade.server.health;

/** A one-line reason from a failure chain: the innermost message is usually the useful one. */
final class Reasons {
  private static final int MAX = 300;

  private Reasons() {}

  static String of(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    return text.length() <= MAX ? text : text.substring(0, MAX);
  }
}
