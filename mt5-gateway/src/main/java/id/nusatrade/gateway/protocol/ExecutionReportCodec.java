package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** EXECUTION_REPORT frames (EA to gateway): a fixed part, then {@code count} position entries. */
final class ExecutionReportCodec {
  private ExecutionReportCodec() {}

  static int encode(ExecutionReport e, ByteBuffer b, int at) {
    int length = e.length();
    FrameEncoder.clear(b, at, length);
    FrameHeader.write(b, at, length, FrameType.EXECUTION_REPORT, e.seq());
    b.put(at + EXEC_KIND, (byte) e.kind().code());
    b.put(at + EXEC_SIDE, (byte) e.side().ordinal());
    b.putShort(at + EXEC_COUNT, (short) e.positions().size());
    b.putInt(at + EXEC_RETCODE, e.retcode());
    b.putLong(at + EXEC_TICKET, e.ticket());
    b.putLong(at + EXEC_TIME, e.timeMillis());
    Ascii.write(b, at + EXEC_CLIENT_ID, SYMBOL_WIDTH, e.clientOrderId());
    Ascii.write(b, at + EXEC_SYMBOL, SYMBOL_WIDTH, e.symbol());
    b.putDouble(at + EXEC_VOLUME, e.volume());
    b.putDouble(at + EXEC_PRICE, e.price());
    b.putDouble(at + EXEC_COMMISSION, e.commission());
    b.putDouble(at + EXEC_SWAP, e.swap());
    int p = at + EXEC_FIXED_LENGTH;
    for (Position pos : e.positions()) {
      position(pos, b, p);
      p += POS_LENGTH;
    }
    return length;
  }

  private static void position(Position pos, ByteBuffer b, int p) {
    b.putLong(p + POS_TICKET, pos.ticket());
    Ascii.write(b, p + POS_SYMBOL, SYMBOL_WIDTH, pos.symbol());
    b.put(p + POS_SIDE, (byte) pos.side().ordinal());
    b.putDouble(p + POS_VOLUME, pos.volume());
    b.putDouble(p + POS_OPEN_PRICE, pos.openPrice());
    b.putDouble(p + POS_SL, pos.stopLoss());
    b.putDouble(p + POS_TP, pos.takeProfit());
    b.putDouble(p + POS_PROFIT, pos.profit());
  }

  static ExecutionReport decode(ByteBuffer b, int at, int length) {
    int count = b.getShort(at + EXEC_COUNT) & 0xFFFF;
    boolean v1 = EXEC_V1_FIXED_LENGTH + count * POS_LENGTH == length;
    if (!v1 && EXEC_FIXED_LENGTH + count * POS_LENGTH != length) {
      throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "position count " + count);
    }
    int fixed = v1 ? EXEC_V1_FIXED_LENGTH : EXEC_FIXED_LENGTH;
    List<Position> positions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      positions.add(position(b, at + fixed + i * POS_LENGTH));
    }
    return new ExecutionReport(
        FrameHeader.seq(b, at),
        ExecutionKind.of(b.get(at + EXEC_KIND)),
        Side.of(b.get(at + EXEC_SIDE)),
        b.getInt(at + EXEC_RETCODE),
        b.getLong(at + EXEC_TICKET),
        b.getLong(at + EXEC_TIME),
        Ascii.read(b, at + EXEC_CLIENT_ID, SYMBOL_WIDTH, true),
        Ascii.read(b, at + EXEC_SYMBOL, SYMBOL_WIDTH, true),
        b.getDouble(at + EXEC_VOLUME),
        b.getDouble(at + EXEC_PRICE),
        v1 ? 0 : b.getDouble(at + EXEC_COMMISSION),
        v1 ? 0 : b.getDouble(at + EXEC_SWAP),
        positions);
  }

  private static Position position(ByteBuffer b, int p) {
    return new Position(
        b.getLong(p + POS_TICKET),
        Ascii.read(b, p + POS_SYMBOL, SYMBOL_WIDTH, false),
        Side.of(b.get(p + POS_SIDE)),
        b.getDouble(p + POS_VOLUME),
        b.getDouble(p + POS_OPEN_PRICE),
        b.getDouble(p + POS_SL),
        b.getDouble(p + POS_TP),
        b.getDouble(p + POS_PROFIT));
  }
}
