/**
 * The bus adapter of rule set changes: every process that runs rules (the REST application, the web
 * UI, workers) announces its publishes and rollbacks and follows the others'.
 */
package id.nusatrade.rules.bus;
