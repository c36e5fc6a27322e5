/**
 * The Zeebe exporter that streams the engine's records into PostgreSQL; shaded with the PostgreSQL
 * driver into {@code workflow-history-exporter.jar}, which the broker loads. Depends on nothing of
 * the platform: the broker's class loader has only the exporter API, the protocol and SLF4J.
 */
package id.nusatrade.history.exporter;
