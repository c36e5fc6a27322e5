/** Names of the {@code compliance-review} process (alerts triaged, investigated, acted on). */
package id.nusatrade.processes.compliance;
