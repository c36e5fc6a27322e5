/**
 * Test scenarios for rule sets: a YAML file of named cases, each with its facts and the expected
 * outcome and reason codes, run against a compiled rule set (see docs/rules.md for the format).
 */
package id.nusatrade.rules.scenario;
