package id.nusatrade.gateway;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * {@link GatewayMain} as it runs in production (journal, execution outbox, Artemis), plus the one
 * thing a kill -9 test needs from outside: ORDERs to a terminal, one per line on standard input
 * ({@code order TENANT ACCOUNT CLIENT_ORDER_ID SYMBOL}: buy 0.01 lot at market), as the trading
 * venue would send them. The EA's fills come back as execution reports over the real path.
 */
public final class OrderingGatewayMain {
  private OrderingGatewayMain() {}

  public static void main(String[] args) throws Exception {
    Gateway gateway = GatewayMain.launch(args, System.out);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split(" ");
      if (f.length == 5 && f[0].equals("order")) {
        gateway.sendOrder(
            new TerminalKey(TenantId.of(f[1]), Long.parseLong(f[2])),
            new OrderCommand(
                0,
                OrderAction.PLACE,
                Side.BUY,
                OrderType.MARKET,
                10,
                0,
                f[3],
                f[4],
                0.01,
                0,
                0,
                0));
      }
    }
    Thread.currentThread().join(); // standard input closed: serve until terminated
  }
}
