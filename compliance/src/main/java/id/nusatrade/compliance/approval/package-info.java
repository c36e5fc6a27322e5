/**
 * Trade approval decisions: the automatic thresholds (approve, refuse, or officers with four eyes
 * above a second threshold), the four-eyes rule and the result event the trading engine consumes.
 */
package id.nusatrade.compliance.approval;
