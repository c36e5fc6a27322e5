package id.nusatrade.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditSchemaTest {
  @Test
  void fillsInTheApplicationRole() {
    String ddl = AuditSchema.ddl("nusatrade_app");

    assertThat(ddl).contains("grant select, insert on audit_event to nusatrade_app;");
    assertThat(ddl).doesNotContain("${appRole}");
  }

  @Test
  void refusesRoleNamesThatCouldCarrySql() {
    assertThatThrownBy(() -> AuditSchema.ddl("app; drop table audit_event"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
