package id.nusatrade.workers.billing;

import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.processes.billing.SubscriptionProcess;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value SubscriptionProcess#SEND_REMINDER_JOB}: reminder number {@code remindersSent + 1}
 * about the unpaid renewal invoice, issued once however often the job is handed out.
 */
public final class SendReminderWorker implements JobHandler {
  private final Notices notices;

  public SendReminderWorker(Notices notices) {
    this.notices = notices;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    int number = job.integer(SubscriptionProcess.REMINDERS_SENT, 0) + 1;
    notices.issue(BillingJobs.tenant(job), BillingJobs.invoice(job), NoticeKind.REMINDER, number);
    return Map.of(SubscriptionProcess.REMINDERS_SENT, number);
  }
}
