package id.nusatrade.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.service.BacktestRequest;
import id.nusatrade.backtest.service.BarSource;
import id.nusatrade.backtest.service.InvalidBacktestException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BacktestMultipartTest {
  private static final String CSV = "time,open,high,low,close,volume\n0,1,1,1,1,1\n";

  private static BacktestMultipart.Part part(String name, String text) {
    return new BacktestMultipart.Part(
        name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void partsBecomeTheSameRequestAsTheJsonForm() throws Exception {
    UUID model = UUID.randomUUID();
    BacktestRequestJson body =
        BacktestMultipart.read(
            List.of(
                part("strategy", "name: x"),
                part("csv", CSV),
                part("costs", "none"),
                part("fill", "close"),
                part("equity", "5000"),
                part("model", model.toString()),
                part("optimize", "true"),
                part("objective", "totalReturn"),
                part("folds", "3"),
                part("checkLookahead", "true")),
            1024);

    BacktestRequest request = BacktestViews.request(body);
    assertThat(request.strategy()).isEqualTo("name: x");
    assertThat(request.data()).isEqualTo(new BarSource.Upload(CSV));
    assertThat(request.fill()).isEqualTo("close");
    assertThat(request.equity()).isEqualByComparingTo(new BigDecimal("5000"));
    assertThat(request.model()).isEqualTo(model);
    assertThat(request.analysis().checkLookahead()).isTrue();
    assertThat(request.analysis().optimize().objective()).isEqualTo(Objective.TOTAL_RETURN);
    assertThat(request.analysis().optimize().folds()).isEqualTo(3);
    assertThat(request.analysis().optimize().holdOut()).isEqualTo(0.2); // the CLI's default
  }

  @Test
  void aFileOverTheCapIsRefusedWithoutReadingTheRest() {
    AtomicLong read = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read.incrementAndGet();
            return 'x';
          }
        };
    assertThatThrownBy(
            () -> BacktestMultipart.read(List.of(new BacktestMultipart.Part("csv", endless)), 1000))
        .isInstanceOf(BacktestMultipart.TooLarge.class)
        .hasMessage("csv: larger than the 1000-byte limit (NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES)");
    assertThat(read.get()).isEqualTo(1001);
  }

  @Test
  void theJsonFormsCsvHasTheSameCap() {
    BacktestMultipart.checkCsv(CSV, CSV.length());
    assertThatThrownBy(() -> BacktestMultipart.checkCsv(CSV, CSV.length() - 1))
        .isInstanceOf(BacktestMultipart.TooLarge.class);
  }

  @Test
  void anUnknownPartOrABadNumberNamesIt() {
    assertThatThrownBy(() -> BacktestMultipart.read(List.of(part("file", CSV)), 1000))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("unknown part 'file'");
    assertThatThrownBy(() -> BacktestMultipart.read(List.of(part("folds", "four")), 1000))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessageContaining("folds must be a number");
  }

  @Test
  void badOptimisationSettingsNameTheField() {
    BacktestRequestJson body = new BacktestRequestJson();
    body.strategy = "name: x";
    body.csv = CSV;
    body.optimize = new BacktestRequestJson.Optimize();
    body.optimize.folds = 40;
    assertThatThrownBy(() -> BacktestViews.request(body))
        .isInstanceOf(InvalidBacktestException.class)
        .hasMessage("optimize: folds must be a whole number from 1 to 20, got 40");
    body.optimize.folds = null;
    body.optimize.objective = "profit";
    assertThatThrownBy(() -> BacktestViews.request(body))
        .hasMessageContaining("optimize: objective must be one of sharpe");
    body.optimize = null;
    body.model = "not-an-id";
    assertThatThrownBy(() -> BacktestViews.request(body))
        .hasMessageContaining("model must be a model id");
  }
}
