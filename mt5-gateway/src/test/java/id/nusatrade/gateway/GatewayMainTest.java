package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.bars.IndicatorSpecs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayMainTest {
  static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");

  @Test
  void indicatorSpecsComeFromTheCommandLineWithPerTenantOverrides() {
    GatewayConfig c =
        GatewayMain.config(
            Map.of("indicators", "ema:10", "tenant-indicators", A + "=rsi:7;" + A + "=sma:4"));

    assertThat(c.indicators().defaultSpec()).isEqualTo("ema:10");
    assertThat(c.indicators().specFor(A)).isEqualTo("sma:4"); // the last one given wins
  }

  @Test
  void withoutOptionsTheDefaultSpecApplies() {
    assertThat(GatewayMain.config(Map.of()).indicators()).isEqualTo(IndicatorSpecs.defaults());
  }
}
