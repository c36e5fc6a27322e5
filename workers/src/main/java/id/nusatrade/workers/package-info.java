/**
 * Job workers and their plumbing on Camunda 8 (Zeebe) over gRPC: {@link
 * id.nusatrade.workers.WorkflowClients} builds the client, {@link
 * id.nusatrade.workers.ProcessDeployer} deploys the process catalog at startup, {@link
 * id.nusatrade.workers.WorkerRegistry} opens one job worker per registered {@link
 * id.nusatrade.workers.JobHandler}. Handlers are thin: one domain service call per job; a {@link
 * id.nusatrade.workers.BpmnErrorException} becomes a BPMN error, any other exception a failed job
 * with one retry less and a growing backoff ({@link id.nusatrade.workers.RetryBackoff}).
 */
package id.nusatrade.workers;
