/**
 * The rule lifecycle's storage: published versions (author, time, comment, source), drafts, saved
 * scenarios and the live pointer per area, with publishing guarded by optimistic concurrency (the
 * publisher names the live version it started from; if another publish moved it, it loses). The
 * port is {@link id.nusatrade.rules.store.RuleSetStore}; {@link
 * id.nusatrade.rules.store.JdbcRuleSetStore} is the PostgreSQL adapter, its DDL is {@link
 * id.nusatrade.rules.store.RuleSetSchema}.
 */
package id.nusatrade.rules.store;
