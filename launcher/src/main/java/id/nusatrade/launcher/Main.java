package id.nusatrade.launcher;

/** Entry point of {@code ./nusatrade}; subcommands follow. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("nusatrade: launcher under construction");
    System.exit(2);
  }
}
