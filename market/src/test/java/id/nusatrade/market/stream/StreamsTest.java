package id.nusatrade.market.stream;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class StreamsTest {
  static final TenantId A = TenantId.of("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
  static final TenantId B = TenantId.of("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");

  @Test
  void theSameSymbolOfTwoTerminalsIsTwoStreamsAndTheCapacityIsFixed() {
    Streams streams = new Streams(2);
    int a = streams.add(0, new FeedId(A, 80001, "EURUSD"));
    int b = streams.add(1, new FeedId(B, 90002, "EURUSD"));

    assertThat(a).isZero();
    assertThat(b).isEqualTo(1);
    assertThat(streams.feed(b)).isEqualTo(new FeedId(B, 90002, "EURUSD"));
    assertThat(streams.source(b)).isEqualTo(1);
    assertThat(streams.symbol(a)).isEqualTo("EURUSD");
    assertThat(streams.add(0, new FeedId(A, 80001, "GBPUSD"))).as("full").isEqualTo(-1);
    assertThat(streams.count()).isEqualTo(2);
    assertThat(streams.capacity()).isEqualTo(2);
  }
}
