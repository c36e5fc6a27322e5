/**
 * The ingest load generator: simulated EAs over loopback into an in-process gateway, measuring
 * sustained ticks per second, loss, and tick-to-indicator latency (HdrHistogram), and writing the
 * figures into docs/performance.md. A benchmark reports figures; it does not pass or fail.
 */
package id.nusatrade.gateway.bench;
