package id.nusatrade.workers;

import java.util.Map;

/**
 * Handles one job type: reads its variables, calls one domain service, returns the variables to
 * complete the job with. Throw {@link BpmnErrorException} for a business outcome the process
 * models; any other exception is technical and retried.
 */
@FunctionalInterface
public interface JobHandler {
  Map<String, Object> handle(JobInput job) throws Exception;
}
