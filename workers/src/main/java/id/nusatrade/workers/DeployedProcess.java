package id.nusatrade.workers;

/** A process definition as the engine knows it after a deployment. */
public record DeployedProcess(String processId, int version, long definitionKey) {}
