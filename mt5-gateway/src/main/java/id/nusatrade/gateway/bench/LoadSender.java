package id.nusatrade.gateway.bench;

import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One EA's load: four symbols in a random walk, 100 ticks per second of market time per symbol (an
 * M1 bar closes every 6,000 ticks of a symbol), at full speed or paced in chunks of 50.
 */
final class LoadSender implements Runnable {
  private static final String[] SYMBOLS = {"EURUSD", "GBPUSD", "USDJPY", "XAUUSD"};

  private final SimulatedExpertAdvisor ea;
  private final long endNanos;
  private final AtomicLong sent;
  private final double rate;

  /**
   * @param rate ticks per second for this EA, 0 = full speed
   */
  LoadSender(SimulatedExpertAdvisor ea, long endNanos, AtomicLong sent, double rate) {
    this.ea = ea;
    this.endNanos = endNanos;
    this.sent = sent;
    this.rate = rate;
  }

  @Override
  public void run() {
    long start = System.nanoTime();
    SplittableRandom rnd = new SplittableRandom(ea.hashCode());
    double[] mid = {1.08, 1.27, 151.2, 2330};
    long time = System.currentTimeMillis();
    long n = 0;
    try {
      while ((n & 1023) != 0 || System.nanoTime() < endNanos) {
        int s = (int) (n & 3);
        mid[s] *= 1 + (rnd.nextDouble() - 0.5) * 1e-4;
        double spread = mid[s] * 1e-5;
        time += 10;
        ea.sendTick(SYMBOLS[s], time, mid[s] - spread, mid[s] + spread, 0, 1, 6);
        n++;
        if (rate > 0 && n % 50 == 0) {
          ea.flush();
          LockSupport.parkNanos(start + (long) (n * 1e9 / rate) - System.nanoTime());
        }
      }
      ea.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sent.addAndGet(n);
  }
}
