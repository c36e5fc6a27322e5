package id.nusatrade.backtest;

import id.nusatrade.backtest.service.BacktestModels;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.model.ModelKind;
import id.nusatrade.signals.training.ModelTraining;
import id.nusatrade.signals.training.Progress;
import id.nusatrade.signals.training.TrainOptions;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/** Models trained here, as {@code ./nusatrade train} trains them, on synthetic daily bars. */
public final class TrainedModels {
  private TrainedModels() {}

  /** Daily bars from 2020-01-01, mean reverting around 100 so a model has something to learn. */
  public static String meanRevertingCsv(long seed, int bars) {
    StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
    Random random = new Random(seed);
    double close = 100;
    long day = 86_400_000L;
    long t0 = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < bars; i++) {
      double open = close;
      close = open + 0.2 * (100 - open) + random.nextGaussian();
      double high = Math.max(open, close) + Math.abs(random.nextGaussian()) * 0.3;
      double low = Math.min(open, close) - Math.abs(random.nextGaussian()) * 0.3;
      csv.append(t0 + i * day)
          .append(',')
          .append(open)
          .append(',')
          .append(high)
          .append(',')
          .append(low)
          .append(',')
          .append(close)
          .append(',')
          .append(1000 + random.nextInt(500))
          .append('\n');
    }
    return csv.toString();
  }

  public static BarSeries read(String csv) throws Exception {
    try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
      return BarSeries.read(reader);
    }
  }

  /** Trains a {@code kind} model (horizon 3, two folds) on {@code csv} into {@code dir/kind}. */
  public static Path train(Path dir, String csv, ModelKind kind) throws Exception {
    Path out = dir.resolve(kind.id());
    new ModelTraining(
            TrainOptions.defaults(kind, 3).withFolds(2),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
            Progress.NONE)
        .run(read(csv), out);
    return out;
  }

  /** A registry where one user of one tenant may see one model; nobody else sees anything. */
  public record Visible(TenantId tenant, String user, UUID id, Supplier<Path> dir)
      implements BacktestModels {
    @Override
    public List<Choice> visibleTo(TenantId t, String u) {
      return see(t, u) ? List.of(new Choice(id, "lightgbm test (candidate)")) : List.of();
    }

    @Override
    public Optional<Path> directory(TenantId t, String u, UUID model) {
      return see(t, u) && id.equals(model) ? Optional.of(dir.get()) : Optional.empty();
    }

    private boolean see(TenantId t, String u) {
      return tenant.equals(t) && user.equals(u);
    }
  }
}
