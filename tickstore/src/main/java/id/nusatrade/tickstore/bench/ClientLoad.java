package id.nusatrade.tickstore.bench;

import id.nusatrade.tickstore.clickhouse.local.LocalClickHouseServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loads a TSV file with clickhouse-client, ClickHouse's own native-protocol loader, and times the
 * whole process (start, parse, send, exit): what an operator's bulk load costs.
 */
final class ClientLoad {
  private ClientLoad() {}

  static long timeNanos(LocalClickHouseServer server, String database, Path tsv)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                server.clientCommand(
                    "--database", database, "--query", "INSERT INTO feed_ticks FORMAT TSV"))
            .redirectInput(tsv.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process client = builder.start();
    if (!client.waitFor(10, TimeUnit.MINUTES)) {
      client.destroyForcibly();
      throw new IllegalStateException("clickhouse-client did not finish in 10 minutes");
    }
    long elapsed = System.nanoTime() - start;
    if (client.exitValue() != 0) {
      throw new IllegalStateException("clickhouse-client failed with exit " + client.exitValue());
    }
    return elapsed;
  }
}
