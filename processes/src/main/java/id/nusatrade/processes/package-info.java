/**
 * The BPMN processes of Nusatrade and their catalog. Each process lives in {@code
 * src/main/resources/<process-id>.bpmn} (diagram included, so Camunda Modeler opens it); its job
 * types, variables and error codes are constants in a sub-package, so workers and tests never
 * repeat string literals. Deployment and workers are in the {@code workers} module.
 */
package id.nusatrade.processes;
