/**
 * Benchmarks (JMH): the indicator set of the market-data fast path against ta4j computing the same
 * indicators incrementally. {@link id.nusatrade.bench.BenchMain} runs them with short settings and
 * writes the table into docs/performance.md. Figures, not pass/fail timings: nothing here runs in
 * the build's tests.
 */
package id.nusatrade.bench;
