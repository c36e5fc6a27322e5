/**
 * The model registry: versions of each tenant's models with their feature set, training range,
 * out-of-sample metrics, owner and status (candidate, live, retired) in PostgreSQL ({@link
 * id.nusatrade.signals.registry.JdbcModelRegistry}), artifacts on disk; {@link
 * id.nusatrade.signals.registry.ModelService} promotes and rolls back and holds the live model of
 * each tenant for the fast path.
 */
package id.nusatrade.signals.registry;
