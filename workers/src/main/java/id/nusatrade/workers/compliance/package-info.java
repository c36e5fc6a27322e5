/** Workers of the {@code compliance-review} process. */
package id.nusatrade.workers.compliance;
