/**
 * The platform smoke check: start, one echo job, a gateway on whether the echo matches, and a BPMN
 * error when the echo service rejects the probe. Used by health checks and as the template for
 * every other process (ids, job type naming, error handling).
 */
package id.nusatrade.processes.platform;
