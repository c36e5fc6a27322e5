/**
 * The workflow runtime of an application, container-free: deploy the catalog, open the workers,
 * then relay {@code workflow.*} bus events to the engine as Zeebe messages ({@link
 * id.nusatrade.workers.runtime.WorkflowMessageRelay}), each step retried with backoff ({@link
 * id.nusatrade.workers.runtime.StartupRetry}) until the engine and the broker answer. Liberty's
 * {@code WorkflowBootstrap} runs it on the container's scheduler; tests run it on a JDK one.
 */
package id.nusatrade.workers.runtime;
