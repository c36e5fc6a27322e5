/** Compliance alerts (reconciliation differences, rule breaches, KYC flags): their triage. */
package id.nusatrade.compliance.alert;
