package id.nusatrade.processes;

/**
 * One deployable process: its BPMN process id and the classpath resource holding it (by convention
 * {@code <processId>.bpmn}).
 */
public record ProcessDefinition(String processId, String resourceName) {
  public ProcessDefinition {
    if (processId == null || !processId.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("process id must be kebab case: " + processId);
    }
    if (!resourceName.equals(processId + ".bpmn")) {
      throw new IllegalArgumentException("resource must be named " + processId + ".bpmn");
    }
  }

  public static ProcessDefinition of(String processId) {
    return new ProcessDefinition(processId, processId + ".bpmn");
  }
}
