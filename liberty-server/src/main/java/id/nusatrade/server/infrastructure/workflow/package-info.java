/**
 * The workflow engine inside the server: at application start {@link
 * id.nusatrade.server.infrastructure.workflow.WorkflowBootstrap} hands the container's scheduler,
 * the engine client and the bus to {@link id.nusatrade.workers.runtime.WorkflowRuntime} (module
 * {@code workers}), which deploys the BPMN catalog, opens the job workers and relays {@code
 * workflow.*} events to the engine, retried in the background until the engine and the broker
 * answer. The CDI beans here only wire configuration, lifecycle and the readiness check.
 */
package id.nusatrade.server.infrastructure.workflow;
