package id.nusatrade.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.signals.Contribution;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Explanations;
import id.nusatrade.signals.live.LiveSignal;
import id.nusatrade.signals.registry.RegisteredModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON shapes of /models, /signals and /predictions. */
final class SignalViews {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SignalViews() {}

  /**
   * A registered model. {@code owner} is {@code tenant} for the tenant's model, else the user's
   * name; {@code metrics} the out-of-sample report (and baselines) of its training.
   */
  public record ModelView(
      String id,
      String version,
      String kind,
      String status,
      String owner,
      String featureSpec,
      int horizon,
      Instant trainedFrom,
      Instant trainedTo,
      int trainingSamples,
      Map<String, Object> metrics,
      Instant createdAt,
      Instant statusChangedAt,
      String replacedId) {
    static ModelView of(RegisteredModel m) {
      return new ModelView(
          m.id().toString(),
          m.version(),
          m.kind(),
          m.status().name(),
          m.ownerUser() == null ? "tenant" : m.ownerUser(),
          m.featureSpec(),
          m.horizon(),
          m.trainedFrom(),
          m.trainedTo(),
          m.trainingSamples(),
          parseMetrics(m.metrics()),
          m.createdAt(),
          m.statusChangedAt(),
          m.replaced() == null ? null : m.replaced().toString());
    }
  }

  /** The caller's models, oldest first, and the one the live feed decides with. */
  public record ModelsView(ModelView live, List<ModelView> models) {}

  /**
   * One contribution: the feature, its value on the bar, its push in log-odds (+ = BUY), and that
   * in a sentence in the caller's language (Bahasa Indonesia or English, from Accept-Language).
   */
  public record ContributionView(String feature, double value, double logOdds, String text) {
    static ContributionView of(Contribution c, Locale language) {
      return new ContributionView(
          c.feature(), c.featureValue(), c.logOdds(), Explanations.sentence(c, language));
    }
  }

  /**
   * A decision on a closed bar. {@code probability} is the calibrated probability of the advised
   * direction, shown only when the plan includes confidence scores (Pro and up), else null; it is
   * also null while the features warm up ({@code warm} false, direction HOLD).
   */
  public record SignalView(
      String symbol,
      String timeframe,
      long account,
      Instant barOpenTime,
      String direction,
      Double probability,
      boolean warm,
      String modelId,
      String modelVersion,
      List<ContributionView> contributions) {
    static SignalView of(LiveSignal s, boolean showProbability, Locale language) {
      Decision d = s.decision();
      return new SignalView(
          s.symbol(),
          s.timeframe().name(),
          s.account(),
          Instant.ofEpochMilli(s.barOpenTime()),
          d.direction().name(),
          showProbability && d.warm() ? d.confidence() : null,
          d.warm(),
          s.modelId().toString(),
          d.modelVersion(),
          d.contributions().stream().map(c -> ContributionView.of(c, language)).toList());
    }
  }

  /**
   * {@code POST /models}: a model directory as {@code ./nusatrade train} writes it, each file's
   * content in base64 ({@code model.json}, the artifact such as {@code lightgbm.txt}, optionally
   * {@code report.json}); {@code owner} {@code tenant} (default) or {@code me} (a per-user model).
   */
  public record ModelUploadRequest(String owner, Map<String, String> files) {}

  /** {@code POST /predictions}: what to predict. */
  public record PredictionRequest(String symbol, String timeframe) {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseMetrics(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable model metrics", e);
    }
  }
}
