package id.nusatrade.workers.platform;

import id.nusatrade.domain.platform.EchoRejectedException;
import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/** Job {@value SmokeCheck#ECHO_JOB}: asks {@link PlatformEcho} and returns its answer. */
public final class EchoWorker implements JobHandler {
  private final PlatformEcho echo;

  public EchoWorker(PlatformEcho echo) {
    this.echo = echo;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    try {
      PlatformEcho.Echo reply = echo.echo(job.text(SmokeCheck.MESSAGE));
      return Map.of(
          SmokeCheck.ECHO, reply.text(), SmokeCheck.ANSWERED_AT, reply.answeredAt().toString());
    } catch (EchoRejectedException e) {
      throw new BpmnErrorException(SmokeCheck.ECHO_REJECTED_ERROR, e.getMessage());
    }
  }
}
