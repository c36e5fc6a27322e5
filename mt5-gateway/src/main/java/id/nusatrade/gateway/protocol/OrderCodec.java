package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;

/** ORDER frames (gateway to EA). */
final class OrderCodec {
  private OrderCodec() {}

  static int encode(OrderCommand o, ByteBuffer b, int at) {
    FrameEncoder.clear(b, at, ORDER_LENGTH);
    FrameHeader.write(b, at, ORDER_LENGTH, FrameType.ORDER, o.seq());
    b.put(at + ORDER_ACTION, (byte) o.action().code());
    b.put(at + ORDER_SIDE, (byte) o.side().ordinal());
    b.put(at + ORDER_TYPE, (byte) o.type().code());
    b.putInt(at + ORDER_DEVIATION, o.deviationPoints());
    b.putLong(at + ORDER_TICKET, o.ticket());
    Ascii.write(b, at + ORDER_CLIENT_ID, SYMBOL_WIDTH, o.clientOrderId());
    Ascii.write(b, at + ORDER_SYMBOL, SYMBOL_WIDTH, o.symbol());
    b.putDouble(at + ORDER_VOLUME, o.volume());
    b.putDouble(at + ORDER_PRICE, o.price());
    b.putDouble(at + ORDER_SL, o.stopLoss());
    b.putDouble(at + ORDER_TP, o.takeProfit());
    return ORDER_LENGTH;
  }

  static OrderCommand decode(ByteBuffer b, int at) {
    return new OrderCommand(
        FrameHeader.seq(b, at),
        OrderAction.of(b.get(at + ORDER_ACTION)),
        Side.of(b.get(at + ORDER_SIDE)),
        OrderType.of(b.get(at + ORDER_TYPE)),
        b.getInt(at + ORDER_DEVIATION),
        b.getLong(at + ORDER_TICKET),
        Ascii.read(b, at + ORDER_CLIENT_ID, SYMBOL_WIDTH, false),
        Ascii.read(b, at + ORDER_SYMBOL, SYMBOL_WIDTH, false),
        b.getDouble(at + ORDER_VOLUME),
        b.getDouble(at + ORDER_PRICE),
        b.getDouble(at + ORDER_SL),
        b.getDouble(at + ORDER_TP));
  }
}
