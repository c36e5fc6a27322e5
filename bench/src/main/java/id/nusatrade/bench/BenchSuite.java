package id.nusatrade.bench;

import java.time.Clock;

/**
 * One group of benchmarks that owns one level-2 section of {@code docs/performance.md}. A suite
 * runs its benchmarks (JMH or a load generator) and renders the section with the machine and the
 * load average beside its figures, and each target stated as it was set.
 */
interface BenchSuite {
  /** Short name for {@code ./nusatrade bench --only NAME}. */
  String name();

  /** The section's level-2 heading, for example {@code "## Indicator set vs ta4j"}. */
  String heading();

  /** Runs the benchmarks and returns the whole section, starting with {@link #heading()}. */
  String run(Clock clock) throws Exception;
}
