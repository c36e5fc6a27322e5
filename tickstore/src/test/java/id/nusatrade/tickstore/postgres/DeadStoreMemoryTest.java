package id.nusatrade.tickstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.tickstore.TickStoreException;
import id.nusatrade.tickstore.WriteBuffer;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A store whose database is gone keeps a bounded buffer and then refuses, saying why. */
class DeadStoreMemoryTest {
  static final FeedId FEED =
      new FeedId(TenantId.of("11111111-1111-1111-1111-111111111111"), 1, "XAUUSD");

  @Test
  void aDeadDatabaseFillsTheBufferToItsLimitThenAppendsAreRefusedWithTheReason() {
    PGSimpleDataSource gone = new PGSimpleDataSource();
    gone.setUrl("jdbc:postgresql://127.0.0.1:1/none"); // nothing listens on port 1
    gone.setConnectTimeout(1);
    PostgresTickStore store = new PostgresTickStore(gone);
    List<Tick> batch =
        Collections.nCopies(100_000, new Tick(FEED, 1, 1_772_330_400_000L, 1, 1.1, 1, 1, 0));

    int accepted = 0;
    for (int i = 0; i < WriteBuffer.DEFAULT_MAX_ROWS / batch.size(); i++) {
      store.appendTicks(batch);
      accepted += batch.size();
      assertThatThrownBy(store::flush).isInstanceOf(TickStoreException.class);
    }
    assertThat(accepted).isEqualTo(WriteBuffer.DEFAULT_MAX_ROWS);

    assertThatThrownBy(() -> store.appendTicks(batch))
        .isInstanceOf(TickStoreException.class)
        .hasMessageContaining("write buffer full: 500000 rows not yet written")
        .hasMessageContaining("refused 100000 more");
  }
}
