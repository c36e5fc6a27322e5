package id.nusatrade.signals.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.RealBars;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.cli.TrainCommand;
import id.nusatrade.signals.model.ModelStore;
import id.nusatrade.signals.registry.DefaultModel;
import id.nusatrade.signals.registry.ModelStatus;
import id.nusatrade.signals.registry.RegisteredModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promote in the middle of a stream: the next bar is decided by the new model, already warm, with
 * exactly the decision that model gives when it has seen the whole stream, and every bar gets a
 * decision. Real data: the Bitstamp BTC/USD minutes that ship with ta4j-examples; the two models
 * are the shipped default (LightGBM, horizon 5) and an MLP trained here by the project's trainer.
 */
class SignalEngineTest {
  private static final TenantId TENANT = TenantId.of("5b1f0e52-4c1a-4d0f-9a59-6b8a3a1c0001");
  @TempDir static Path dir;
  static RegisteredModel defaultModel;
  static RegisteredModel mlp;
  static List<double[]> bars;

  @BeforeAll
  static void models() throws IOException {
    Path csv = RealBars.bitstampMinutes();
    Path mlpDir = dir.resolve("mlp");
    int code =
        TrainCommand.run(
            new String[] {
              "--input",
              csv.toString(),
              "--model",
              "mlp",
              "--horizon",
              "1",
              "--folds",
              "3",
              "--out",
              mlpDir.toString()
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code, "training the second model");
    defaultModel = registered(DefaultModel.install(dir.resolve("models")));
    mlp = registered(mlpDir);
    bars = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, 401)) { // 400 bars < SignalEngine.HISTORY
      String[] f = line.split(",");
      double[] b = new double[6];
      for (int i = 0; i < 6; i++) {
        b[i] = Double.parseDouble(f[i]);
      }
      bars.add(b);
    }
  }

  private static RegisteredModel registered(Path modelDir) throws IOException {
    var m = ModelStore.readMetadata(modelDir);
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    return new RegisteredModel(
        UUID.randomUUID(),
        TENANT,
        null,
        m.version(),
        m.kind(),
        m.featureSpec(),
        m.horizon(),
        null,
        null,
        m.trainingSamples(),
        "{}",
        modelDir,
        ModelStatus.LIVE,
        now,
        now,
        null);
  }

  private static LiveSignal feed(SignalEngine engine, double[] b) {
    return engine.onBar(
        TENANT, 42, "BTCUSD", Timeframe.M1, (long) b[0], b[1], b[2], b[3], b[4], b[5]);
  }

  @Test
  void aPromoteMidStreamDecidesTheNextBarWithTheNewModelWarmAndLosesNoDecision()
      throws IOException {
    AtomicReference<RegisteredModel> live = new AtomicReference<>(defaultModel);
    List<LiveSignal> decided = new ArrayList<>();
    int cut = 300;
    try (SignalEngine engine = new SignalEngine(t -> live.get(), 1_000)) {
      for (int i = 0; i < bars.size(); i++) {
        if (i == cut) {
          live.set(mlp); // the promote: the registry's live model changes between two bars
        }
        decided.add(feed(engine, bars.get(i)));
      }
      assertEquals(bars.size(), engine.latest(TENANT, "BTCUSD").size(), "one kept per bar");
    }
    assertEquals(bars.size(), decided.size(), "no bar without a decision");
    for (int i = 0; i < bars.size(); i++) {
      RegisteredModel expected = i < cut ? defaultModel : mlp;
      assertEquals(expected.id(), decided.get(i).modelId(), "model of bar " + i);
      assertEquals(expected.version(), decided.get(i).decision().modelVersion(), "bar " + i);
    }
    assertTrue(decided.get(cut).decision().warm(), "the new model is warm on its first bar");
    assertNotEquals(defaultModel.version(), mlp.version());
    // independent reference: each model fed the whole stream on its own
    List<Decision> byDefault = replay(defaultModel.artifactDir());
    List<Decision> byMlp = replay(mlp.artifactDir());
    for (int i = 0; i < bars.size(); i++) {
      Decision expected = (i < cut ? byDefault : byMlp).get(i);
      Decision actual = decided.get(i).decision();
      assertEquals(expected.direction(), actual.direction(), "direction of bar " + i);
      assertEquals(expected.probabilityUp(), actual.probabilityUp(), 1e-12, "bar " + i);
      assertEquals(expected.contributions(), actual.contributions(), "bar " + i);
    }
  }

  @Test
  void aRollbackSwapsBackOnTheNextBar() {
    AtomicReference<RegisteredModel> live = new AtomicReference<>(mlp);
    try (SignalEngine engine = new SignalEngine(t -> live.get(), 3)) {
      for (int i = 0; i < 100; i++) {
        feed(engine, bars.get(i));
      }
      live.set(defaultModel);
      LiveSignal after = feed(engine, bars.get(100));
      assertEquals(defaultModel.version(), after.decision().modelVersion());
      assertTrue(after.decision().warm());
      live.set(mlp);
      assertEquals(mlp.version(), feed(engine, bars.get(101)).decision().modelVersion());
      List<LiveSignal> latest = engine.latest(TENANT, "BTCUSD");
      assertEquals(3, latest.size(), "only the newest N kept");
      assertEquals((long) bars.get(101)[0], latest.getFirst().barOpenTime(), "newest first");
      assertEquals(List.of(), engine.latest(TenantId.random(), "BTCUSD"), "per tenant");
    }
  }

  private static List<Decision> replay(Path modelDir) throws IOException {
    List<Decision> out = new ArrayList<>();
    try (BarSignals s = Signals.load(modelDir)) {
      for (double[] b : bars) {
        out.add(s.onBar((long) b[0], b[1], b[2], b[3], b[4], b[5]));
      }
    }
    return out;
  }
}
