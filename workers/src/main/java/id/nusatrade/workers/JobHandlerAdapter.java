package id.nusatrade.workers;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Connects a {@link JobHandler} to the engine: completes the job with the handler's variables,
 * throws a BPMN error for a {@link BpmnErrorException}, and fails the job with one retry less and a
 * backoff for anything else (no retries left = an incident an operator resolves).
 */
final class JobHandlerAdapter implements io.camunda.client.api.worker.JobHandler {
  private static final System.Logger LOG = System.getLogger(JobHandlerAdapter.class.getName());

  private final JobHandler handler;
  private final RetryBackoff backoff;

  JobHandlerAdapter(JobHandler handler, RetryBackoff backoff) {
    this.handler = handler;
    this.backoff = backoff;
  }

  @Override
  public void handle(JobClient client, ActivatedJob job) {
    Map<String, Object> result;
    try {
      result = handler.handle(input(job));
    } catch (BpmnErrorException e) {
      client
          .newThrowErrorCommand(job)
          .errorCode(e.errorCode())
          .errorMessage(e.getMessage())
          .send()
          .join();
      return;
    } catch (Exception e) {
      fail(client, job, e);
      return;
    }
    client.newCompleteCommand(job).variables(result).send().join();
  }

  private void fail(JobClient client, ActivatedJob job, Exception cause) {
    int retriesLeft = Math.max(0, job.getRetries() - 1);
    LOG.log(
        Level.WARNING,
        "job " + job.getKey() + " (" + job.getType() + ") failed, retries left " + retriesLeft,
        cause);
    client
        .newFailCommand(job)
        .retries(retriesLeft)
        .retryBackoff(backoff.after(job.getRetries()))
        .errorMessage(cause.getClass().getSimpleName() + ": " + cause.getMessage())
        .send()
        .join();
  }

  private static JobInput input(ActivatedJob job) {
    return new JobInput(job.getKey(), job.getType(), job.getRetries(), job.getVariablesAsMap());
  }
}
