package id.nusatrade.tickstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class TickStoresTest {
  final PGSimpleDataSource postgres = new PGSimpleDataSource();

  @Test
  void withoutASettingTheStoreIsPostgres() {
    assertThat(TickStores.fromEnvironment(Map.of(), postgres))
        .isInstanceOf(PostgresTickStore.class);
    assertThat(TickStores.Kind.parse(" PostgreSQL ")).isEqualTo(TickStores.Kind.POSTGRES);
  }

  @Test
  void clickhouseIsOpenedAtTheGivenUrl() {
    Map<String, String> env =
        Map.of(
            "NUSATRADE_TICK_STORE", "ClickHouse",
            "NUSATRADE_CLICKHOUSE_URL", "jdbc:clickhouse://127.0.0.1:18123/nusatrade");
    assertThat(TickStores.fromEnvironment(env, postgres)).isInstanceOf(ClickHouseTickStore.class);
  }

  @Test
  void anUnknownStoreOrAMissingUrlIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> TickStores.Kind.parse("mysql"))
        .hasMessageContaining("NUSATRADE_TICK_STORE must be postgres or clickhouse, not 'mysql'");
    assertThatThrownBy(
            () ->
                TickStores.fromEnvironment(Map.of("NUSATRADE_TICK_STORE", "clickhouse"), postgres))
        .hasMessageContaining("needs NUSATRADE_CLICKHOUSE_URL");
  }
}
