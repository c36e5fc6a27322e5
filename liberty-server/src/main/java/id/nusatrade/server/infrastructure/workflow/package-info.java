/**
 * The workflow engine inside the server: at application start {@link
 * id.nusatrade.server.infrastructure.workflow.WorkflowBootstrap} deploys the BPMN catalog, opens
 * the job workers and starts {@link
 * id.nusatrade.server.infrastructure.workflow.WorkflowMessageRelay}, which turns {@code workflow.*}
 * events of the bus into Zeebe messages that start or advance process instances, all retried in the
 * background until the engine and the broker answer. The container-free part ({@link
 * id.nusatrade.server.infrastructure.workflow.WorkflowRuntime}) is what the tests run; the CDI
 * beans only wire configuration and lifecycle.
 */
package id.nusatrade.server.infrastructure.workflow;
