package id.nusatrade.workers;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job workers of this process: register a handler per job type, then {@link #open()} them all
 * (after {@link ProcessDeployer#deployAll}). Closing stops fetching new jobs; jobs in hand time out
 * and are handed out again.
 */
public final class WorkerRegistry implements AutoCloseable {
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_JOBS_ACTIVE = 8;

  private final CamundaClient client;
  private final RetryBackoff backoff;
  private final Map<String, JobHandler> handlers = new LinkedHashMap<>();
  private final Map<String, JobWorker> workers = new LinkedHashMap<>();

  public WorkerRegistry(CamundaClient client, RetryBackoff backoff) {
    this.client = client;
    this.backoff = backoff;
  }

  public synchronized WorkerRegistry register(String jobType, JobHandler handler) {
    if (handlers.putIfAbsent(jobType, handler) != null) {
      throw new IllegalStateException("a handler for " + jobType + " is already registered");
    }
    return this;
  }

  /** Opens one worker per registered job type that is not open yet. */
  public synchronized void open() {
    handlers.forEach(
        (jobType, handler) -> {
          if (!workers.containsKey(jobType)) {
            workers.put(jobType, openWorker(jobType, handler));
          }
        });
  }

  private JobWorker openWorker(String jobType, JobHandler handler) {
    return client
        .newWorker()
        .jobType(jobType)
        .handler(new JobHandlerAdapter(handler, backoff))
        .name("nusatrade-" + jobType)
        .timeout(JOB_TIMEOUT)
        .maxJobsActive(MAX_JOBS_ACTIVE)
        .open();
  }

  public synchronized List<String> jobTypes() {
    return List.copyOf(handlers.keySet());
  }

  @Override
  public synchronized void close() {
    workers.values().forEach(JobWorker::close);
    workers.clear();
  }
}
