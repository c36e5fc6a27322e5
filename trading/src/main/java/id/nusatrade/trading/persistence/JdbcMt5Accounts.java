package id.nusatrade.trading.persistence;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.trading.mt5.Mt5Accounts;
import id.nusatrade.trading.mt5.Mt5Logins;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The trading account whose {@code mt5_login} is the reporting terminal's login, read under the
 * tenant's row-level security (another tenant's account is never found). Read per report: reports
 * are few, and a mapping set while reports wait in the subscription applies to them. The other way
 * round, the login of an account, for the MT5 venue (which caches it).
 */
public final class JdbcMt5Accounts implements Mt5Accounts, Mt5Logins {
  private static final String SQL =
      "select id from trading_account where tenant_id = ? and mt5_login = ?";

  private static final String LOGIN_SQL =
      "select mt5_login from trading_account where tenant_id = ? and id = ? and mt5_login is not null";

  private final TenantTransactions transactions;

  public JdbcMt5Accounts(TenantTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<AccountId> accountOf(TenantId tenant, long mt5Login) {
    AtomicReference<AccountId> found = new AtomicReference<>();
    transactions.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setObject(1, tenant.value());
            s.setLong(2, mt5Login);
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                found.set(new AccountId(r.getObject(1, UUID.class)));
              }
            }
          }
        });
    return Optional.ofNullable(found.get());
  }

  @Override
  public OptionalLong loginOf(TenantId tenant, AccountId account) {
    long[] found = {0};
    boolean[] present = {false};
    transactions.inTenant(
        tenant,
        c -> {
          try (PreparedStatement s = c.prepareStatement(LOGIN_SQL)) {
            s.setObject(1, tenant.value());
            s.setObject(2, account.value());
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                found[0] = r.getLong(1);
                present[0] = true;
              }
            }
          }
        });
    return present[0] ? OptionalLong.of(found[0]) : OptionalLong.empty();
  }
}
