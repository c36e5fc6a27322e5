package id.nusatrade.gateway.orders;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ORDER frames the gateway numbered, per terminal, in the file {@code orders-sent} of the
 * journal folder: one text line per order (written and fsync'd before {@link #record} returns, so
 * before the bus delivery that asked for it is committed) and one per acknowledgement (written, not
 * fsync'd: a lost one only resends an ORDER the EA already has, which it ignores by sequence and by
 * client order id). At startup the file gives back each terminal's last ORDER sequence (so a
 * restarted gateway goes on numbering where it stopped, and the EA does not take new orders for
 * resends), every client order id already sent (a re-delivered or re-placed order is not sent again
 * as a new one) and the orders not acknowledged yet (sent again when the terminal connects). A last
 * line without its newline is a write the crash cut short: its order was never confirmed, so the
 * bus delivers it again. Thread-safe.
 */
public final class SentOrders implements AutoCloseable {
  static final String FILE = "orders-sent";

  private record Book(Set<String> clientOrderIds, TreeMap<Long, OrderCommand> unacked) {
    Book() {
      this(new HashSet<>(), new TreeMap<>());
    }
  }

  private final Map<TerminalKey, Book> books = new LinkedHashMap<>();
  private final Map<TerminalKey, Long> lastSeq = new HashMap<>();
  private final FileChannel file;
  private long duplicates;

  private SentOrders(FileChannel file) {
    this.file = file;
  }

  /** In memory only (a gateway without a journal: benchmarks, some tests). */
  public static SentOrders inMemory() {
    return new SentOrders(null);
  }

  /** The log in {@code dir}, read back first; {@code dir} null: {@link #inMemory()}. */
  public static SentOrders open(Path dir) {
    if (dir == null) {
      return inMemory();
    }
    Path path = dir.resolve(FILE);
    try {
      Files.createDirectories(dir);
      SentOrders orders =
          new SentOrders(
              FileChannel.open(
                  path,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE));
      orders.load(path);
      return orders;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path, e);
    }
  }

  private void load(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.US_ASCII);
    int complete = text.lastIndexOf('\n') + 1;
    for (String line : text.substring(0, complete).split("\n")) {
      if (!line.isEmpty()) {
        apply(line);
      }
    }
    file.truncate(complete); // drop a torn last line
    file.position(complete);
  }

  private void apply(String line) {
    String[] f = line.split(" ");
    TerminalKey key = new TerminalKey(TenantId.of(f[1]), Long.parseLong(f[2]));
    long seq = Long.parseLong(f[3]);
    Book book = books.computeIfAbsent(key, k -> new Book());
    switch (f[0]) {
      case "O" -> {
        OrderCommand o =
            new OrderCommand(
                seq,
                OrderAction.valueOf(f[4]),
                Side.valueOf(f[5]),
                OrderType.valueOf(f[6]),
                Integer.parseInt(f[7]),
                Long.parseLong(f[8]),
                f[9],
                f[10],
                Double.parseDouble(f[11]),
                Double.parseDouble(f[12]),
                Double.parseDouble(f[13]),
                Double.parseDouble(f[14]));
        book.clientOrderIds().add(OrderAction.dedupKey(o.action(), o.clientOrderId()));
        book.unacked().put(seq, o);
        lastSeq.merge(key, seq, Math::max);
      }
      case "A" -> book.unacked().headMap(seq, true).clear();
      default -> throw new IllegalStateException("unreadable line in " + FILE + ": " + line);
    }
  }

  /**
   * Numbers {@code command} with the terminal's next ORDER sequence and makes it durable; null when
   * the terminal was already sent an order with this client order id (a duplicate: nothing sent).
   */
  public synchronized OrderCommand record(TerminalKey key, OrderCommand command) {
    Book book = books.computeIfAbsent(key, k -> new Book());
    if (book.clientOrderIds()
        .contains(OrderAction.dedupKey(command.action(), command.clientOrderId()))) {
      duplicates++;
      return null;
    }
    long seq = lastSeq.getOrDefault(key, 0L) + 1;
    OrderCommand o =
        new OrderCommand(
            seq,
            command.action(),
            command.side(),
            command.type(),
            command.deviationPoints(),
            command.ticket(),
            command.clientOrderId(),
            command.symbol(),
            command.volume(),
            command.price(),
            command.stopLoss(),
            command.takeProfit());
    write(
        "O "
            + key.tenant()
            + ' '
            + key.account()
            + ' '
            + seq
            + ' '
            + o.action()
            + ' '
            + o.side()
            + ' '
            + o.type()
            + ' '
            + o.deviationPoints()
            + ' '
            + o.ticket()
            + ' '
            + o.clientOrderId()
            + ' '
            + o.symbol()
            + ' '
            + o.volume()
            + ' '
            + o.price()
            + ' '
            + o.stopLoss()
            + ' '
            + o.takeProfit(),
        true);
    book.clientOrderIds().add(OrderAction.dedupKey(o.action(), o.clientOrderId()));
    book.unacked().put(seq, o);
    lastSeq.put(key, seq);
    return o;
  }

  /** The EA acknowledged every ORDER up to {@code seq} (socket thread). */
  public synchronized void acked(TerminalKey key, long seq) {
    Book book = books.get(key);
    if (book == null || book.unacked().isEmpty() || book.unacked().firstKey() > seq) {
      return;
    }
    book.unacked().headMap(seq, true).clear();
    write("A " + key.tenant() + ' ' + key.account() + ' ' + seq, false);
  }

  /** Orders not acknowledged yet, per terminal, in sequence order. */
  public synchronized Map<TerminalKey, List<OrderCommand>> unacked() {
    Map<TerminalKey, List<OrderCommand>> out = new LinkedHashMap<>();
    books.forEach(
        (k, b) -> {
          if (!b.unacked().isEmpty()) {
            out.put(k, new ArrayList<>(b.unacked().values()));
          }
        });
    return out;
  }

  /** The terminal's last ORDER sequence (0 before its first order). */
  public synchronized long lastSeq(TerminalKey key) {
    return lastSeq.getOrDefault(key, 0L);
  }

  /** Orders refused because their client order id was already sent to the terminal. */
  public synchronized long duplicates() {
    return duplicates;
  }

  private void write(String line, boolean sync) {
    if (file == null) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap((line + '\n').getBytes(StandardCharsets.US_ASCII));
    try {
      while (b.hasRemaining()) {
        file.write(b);
      }
      if (sync) {
        file.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  @Override
  public synchronized void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
