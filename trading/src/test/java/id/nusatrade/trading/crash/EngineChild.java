package id.nusatrade.trading.crash;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.SubmitResult;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.paper.PaperVenue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The engine with its paper venue in a JVM of its own, driven line by line on stdin by {@link
 * KillNineIT}: {@code submit <clientOrderId>} (a market buy of 1), {@code tick <bid> <ask>}, {@code
 * dump}. Each command's effects are fsync'd before its answer line is printed, as the server
 * answers a person only after {@code flush}.
 */
public final class EngineChild {
  static final TenantId TENANT = new TenantId(new UUID(0xC, 1));
  static final AccountId ACCOUNT = new AccountId(new UUID(0xC, 2));

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    TradingEngine engine =
        new TradingEngine(
            Path.of(args[0]),
            r -> PreTradeVerdict.allow("crash-test"),
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC),
            TradingListener.NONE);
    engine.openAccount(Account.open(ACCOUNT, TENANT));
    engine.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), engine));
    out.println("ready");
    out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] w = line.split(" ");
      switch (w[0]) {
        case "submit" -> {
          SubmitResult r =
              engine.submit(
                  OrderIntent.market(
                      ACCOUNT, new ClientOrderId(w[1]), "EURUSD", Side.BUY, BigDecimal.ONE));
          engine.flush();
          out.println("order " + w[1] + " " + r.order().id() + " " + r.duplicate());
        }
        case "tick" -> {
          engine.onTick(
              new Tick(
                  new FeedId(TENANT, 1, "EURUSD"),
                  0,
                  0,
                  Double.parseDouble(w[1]),
                  Double.parseDouble(w[2]),
                  0,
                  0,
                  0));
          engine.flush();
          out.println("ticked");
        }
        case "dump" -> {
          for (OrderView o : engine.orders(ACCOUNT)) {
            out.println(
                "state "
                    + o.intent().clientOrderId().value()
                    + " "
                    + o.id()
                    + " "
                    + o.state()
                    + " "
                    + o.filledQuantity().toPlainString());
          }
          for (PositionView p : engine.positions(ACCOUNT)) {
            out.println("position " + p.quantity().toPlainString());
          }
          out.println("end");
        }
        default -> throw new IllegalArgumentException("unknown command: " + line);
      }
      out.flush();
    }
    engine.close();
  }

  private EngineChild() {}
}
