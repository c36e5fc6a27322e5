package id.nusatrade.trading.journal;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Binary bodies of the journal's records. Enums by name (so reordering an enum cannot change the
 * meaning of an old journal), decimals as their exact text, text as u16 length + UTF-8 (0xFFFF for
 * null).
 */
final class JournalCodec {
  static final int ACCOUNT = 1;
  static final int ORDER = 2;
  static final int STATE = 3;
  static final int EXECUTION = 4;
  private static final int NULL = 0xFFFF;

  private ByteBuffer out = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);

  /** Encodes into a reused buffer, returned flipped; valid until the next call. */
  ByteBuffer encode(JournalRecord record) {
    out.clear();
    switch (record) {
      case AccountRecord a -> {
        uuid(a.id().value());
        uuid(a.tenant().value());
        text(a.mode().name());
        text(a.state().name());
      }
      case OrderRecord o -> {
        out.putLong(o.id().value()).putLong(o.createdAtMillis());
        text(o.exitReason() == null ? null : o.exitReason().name());
        intent(o.intent());
        text(o.state().name());
        texts(o.reasons());
      }
      case StateRecord s -> {
        out.putLong(s.id().value());
        text(s.state().name());
        texts(s.reasons());
      }
      case ExecutionRecord e -> {
        ExecutionReport r = e.report();
        text(r.id().value());
        out.putLong(r.orderId().value());
        text(r.kind().name());
        decimal(r.quantity());
        decimal(r.price());
        decimal(r.commission());
        out.putLong(r.timeMillis());
        text(r.reason());
        decimal(r.swap()); // appended: a journal written before swap existed ends here
      }
    }
    return out.flip();
  }

  static int kind(JournalRecord record) {
    return switch (record) {
      case AccountRecord a -> ACCOUNT;
      case OrderRecord o -> ORDER;
      case StateRecord s -> STATE;
      case ExecutionRecord e -> EXECUTION;
    };
  }

  static JournalRecord decode(int kind, ByteBuffer in) {
    return switch (kind) {
      case ACCOUNT ->
          new AccountRecord(
              new AccountId(uuid(in)),
              new TenantId(uuid(in)),
              AccountMode.valueOf(text(in)),
              TradingState.valueOf(text(in)));
      case ORDER -> {
        OrderId id = new OrderId(in.getLong());
        long created = in.getLong();
        String exit = text(in);
        OrderIntent intent = intent(in);
        yield new OrderRecord(
            id,
            created,
            exit == null ? null : ExitReason.valueOf(exit),
            intent,
            OrderState.valueOf(text(in)),
            texts(in));
      }
      case STATE ->
          new StateRecord(new OrderId(in.getLong()), OrderState.valueOf(text(in)), texts(in));
      case EXECUTION -> {
        ExecutionId id = new ExecutionId(text(in));
        OrderId order = new OrderId(in.getLong());
        ExecutionKind executionKind = ExecutionKind.valueOf(text(in));
        BigDecimal quantity = decimal(in);
        BigDecimal price = decimal(in);
        BigDecimal commission = decimal(in);
        long time = in.getLong();
        String reason = text(in);
        BigDecimal swap = in.hasRemaining() ? decimal(in) : null;
        yield new ExecutionRecord(
            new ExecutionReport(
                id, order, executionKind, quantity, price, commission, swap, time, reason));
      }
      default -> throw new IllegalStateException("unknown order journal record kind " + kind);
    };
  }

  private void intent(OrderIntent i) {
    uuid(i.account().value());
    text(i.clientOrderId().value());
    text(i.symbol());
    text(i.side().name());
    decimal(i.quantity());
    text(i.type().name());
    decimal(i.limitPrice());
    decimal(i.stopPrice());
    decimal(i.protection().stopLoss());
    decimal(i.protection().takeProfit());
    decimal(i.protection().trailingDistance());
  }

  private static OrderIntent intent(ByteBuffer in) {
    return new OrderIntent(
        new AccountId(uuid(in)),
        new ClientOrderId(text(in)),
        text(in),
        Side.valueOf(text(in)),
        decimal(in),
        OrderType.valueOf(text(in)),
        decimal(in),
        decimal(in),
        new Protection(decimal(in), decimal(in), decimal(in)));
  }

  private void uuid(UUID u) {
    ensure(16);
    out.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
  }

  private static UUID uuid(ByteBuffer in) {
    return new UUID(in.getLong(), in.getLong());
  }

  private void decimal(BigDecimal d) {
    text(d == null ? null : d.toPlainString());
  }

  private static BigDecimal decimal(ByteBuffer in) {
    String s = text(in);
    return s == null ? null : new BigDecimal(s);
  }

  private void texts(List<String> list) {
    ensure(2);
    out.putShort((short) list.size());
    for (String s : list) {
      text(s);
    }
  }

  private static List<String> texts(ByteBuffer in) {
    int n = Short.toUnsignedInt(in.getShort());
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(text(in));
    }
    return List.copyOf(list);
  }

  private void text(String s) {
    if (s == null) {
      ensure(2);
      out.putShort((short) NULL);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length >= NULL) {
      throw new IllegalArgumentException("journal text too long: " + bytes.length + " bytes");
    }
    ensure(2 + bytes.length + 64);
    out.putShort((short) bytes.length).put(bytes);
  }

  private static String text(ByteBuffer in) {
    int n = Short.toUnsignedInt(in.getShort());
    if (n == NULL) {
      return null;
    }
    byte[] bytes = new byte[n];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (out.remaining() < more + 32) {
      ByteBuffer bigger =
          ByteBuffer.allocate(2 * out.capacity() + more).order(ByteOrder.LITTLE_ENDIAN);
      out.flip();
      bigger.put(out);
      out = bigger;
    }
  }
}
