/**
 * Limit tables: the thresholds the rules compare against, kept as data business staff can open in a
 * spreadsheet (CSV, one column per risk profile or tier) instead of literals in DRL. A table is
 * read with every problem reported against its line.
 */
package id.nusatrade.rules.limits;
