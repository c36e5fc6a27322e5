/**
 * The rule lifecycle: drafts that must compile, saved scenarios that must all pass before a
 * publish, publishing with optimistic concurrency (one of two racing publishes wins, the other gets
 * a conflict), rollback to any earlier version, and the swap of the running rules. REST resources
 * translate to {@link id.nusatrade.rules.lifecycle.RuleSetLifecycle}; it decides.
 */
package id.nusatrade.rules.lifecycle;
