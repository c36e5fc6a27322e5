/**
 * Compiling and running rule sets: a {@link id.nusatrade.rules.engine.RuleSource} (DRL plus limit
 * table) is checked against the allow-list, compiled once into a {@link
 * id.nusatrade.rules.engine.CompiledRuleSet}, and published into {@link
 * id.nusatrade.rules.engine.LiveRules} by one atomic reference swap; every evaluation reads that
 * reference once, so it sees exactly one version.
 */
package id.nusatrade.rules.engine;
