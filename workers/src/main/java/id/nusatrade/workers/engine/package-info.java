/**
 * What the workflow engine looks like from here: brokers, partitions and their health, as plain
 * records so a MicroProfile health check (liberty-server) can call {@link
 * id.nusatrade.workers.engine.WorkflowEngineProbe#check()} without knowing the Camunda client.
 */
package id.nusatrade.workers.engine;
