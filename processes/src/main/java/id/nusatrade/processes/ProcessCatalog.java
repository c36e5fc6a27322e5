package id.nusatrade.processes;

import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.processes.trading.TradeApproval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Every BPMN resource on the classpath that the platform deploys. The list is explicit (a jar
 * cannot be listed portably, inside Liberty least of all); {@code ProcessCatalogTest} fails when a
 * {@code .bpmn} file in the resources is missing here.
 */
public final class ProcessCatalog {
  private static final List<ProcessDefinition> ALL =
      List.of(
          SmokeCheck.PROCESS,
          Onboarding.PROCESS,
          TradeApproval.PROCESS,
          ComplianceReview.PROCESS,
          SubscriptionProcess.PROCESS,
          PaymentProcess.PROCESS);

  private ProcessCatalog() {}

  public static List<ProcessDefinition> all() {
    return ALL;
  }

  /** The BPMN XML of a catalogued process. */
  public static byte[] read(ProcessDefinition process) {
    try (InputStream in = ProcessCatalog.class.getResourceAsStream("/" + process.resourceName())) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + process.resourceName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + process.resourceName(), e);
    }
  }
}
