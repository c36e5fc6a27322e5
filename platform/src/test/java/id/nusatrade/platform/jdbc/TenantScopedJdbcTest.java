package id.nusatrade.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The order of JDBC calls the helper makes, recorded on a connection that only logs them: the
 * tenant is set inside the transaction before the work, success commits, any failure rolls back,
 * and the connection goes back to the pool as it came. Row-level security itself is proven against
 * PostgreSQL in liberty-server's TenantRowLevelSecurityIT.
 */
class TenantScopedJdbcTest {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  private final List<String> calls = new ArrayList<>();

  @Test
  void sets_the_tenant_inside_the_transaction_before_the_work_then_commits() {
    String result =
        new TenantScopedJdbc(dataSource())
            .inTenant(
                TENANT,
                c -> {
                  calls.add("work");
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    assertThat(calls)
        .containsExactly(
            "setAutoCommit(false)",
            "prepare select set_config('app.tenant_id', ?, true)",
            "bind 1 = " + TENANT,
            "execute",
            "work",
            "commit",
            "setAutoCommit(true)",
            "close");
  }

  @Test
  void a_failing_work_rolls_back_and_names_the_tenant() {
    TenantScopedJdbc jdbc = new TenantScopedJdbc(dataSource());

    assertThatThrownBy(
            () ->
                jdbc.inTenant(
                    TENANT,
                    c -> {
                      throw new SQLException("relation \"nope\" does not exist");
                    }))
        .isInstanceOf(TenantJdbcException.class)
        .hasMessageContaining(TENANT.toString())
        .hasRootCauseMessage("relation \"nope\" does not exist");
    assertThat(calls).containsSubsequence("rollback", "setAutoCommit(true)", "close");
    assertThat(calls).doesNotContain("commit");
  }

  @Test
  void a_runtime_failure_in_the_work_rolls_back_and_passes_through_unwrapped() {
    TenantScopedJdbc jdbc = new TenantScopedJdbc(dataSource());

    assertThatThrownBy(
            () ->
                jdbc.inTenant(
                    TENANT,
                    c -> {
                      throw new IllegalStateException("business rule");
                    }))
        .isExactlyInstanceOf(IllegalStateException.class);
    assertThat(calls).contains("rollback").doesNotContain("commit");
  }

  @Test
  void a_borrowed_connection_gets_its_auto_commit_mode_back() throws SQLException {
    Connection manual = connection(false);

    TenantScopedJdbc.inTransaction(manual, c -> null);

    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(false)");
  }

  private DataSource dataSource() {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return connection(true);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private Connection connection(boolean autoCommit) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAutoCommit" -> autoCommit;
                  case "setAutoCommit" -> record("setAutoCommit(" + args[0] + ")");
                  case "commit", "rollback", "close" -> record(method.getName());
                  case "prepareStatement" -> {
                    calls.add("prepare " + args[0]);
                    yield statement();
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private PreparedStatement statement() {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setString" -> record("bind " + args[0] + " = " + args[1]);
                  case "execute" -> {
                    calls.add("execute");
                    yield true;
                  }
                  case "close" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private Object record(String call) {
    calls.add(call);
    return null;
  }
}
