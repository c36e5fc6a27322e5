package id.nusatrade.signals.training;

/** Where training reports how far it is (the command draws a bar on stderr). */
@FunctionalInterface
public interface Progress {
  Progress NONE = (stage, done, total) -> {};

  void step(String stage, int done, int total);
}
