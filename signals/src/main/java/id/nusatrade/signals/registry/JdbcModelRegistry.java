package id.nusatrade.signals.registry;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The registry in PostgreSQL ({@code signal_model}, {@code db/signals/V70__model_registry.sql}),
 * every call in one transaction under the tenant's row-level security. Promote and roll back lock
 * the scope's rows first, so two at once are applied one after the other; the partial unique index
 * keeps one live model per scope whatever happens.
 */
public final class JdbcModelRegistry implements ModelRegistry {
  private static final String COLUMNS =
      "id, tenant_id, owner_user, version, kind, feature_spec, horizon, trained_from, trained_to,"
          + " training_samples, metrics, artifact_dir, status, created_at, status_changed_at,"
          + " replaced_id";
  private final TenantScopedJdbc jdbc;

  public JdbcModelRegistry(DataSource app) {
    this.jdbc = new TenantScopedJdbc(app);
  }

  @Override
  public List<RegisteredModel> list(TenantId tenant) {
    return jdbc.inTenant(
        tenant,
        c -> query(c, "select " + COLUMNS + " from signal_model order by created_at, version"));
  }

  @Override
  public Optional<RegisteredModel> find(TenantId tenant, UUID id) {
    return jdbc.inTenant(tenant, c -> byId(c, id, false));
  }

  @Override
  public Optional<RegisteredModel> live(TenantId tenant, String ownerUser) {
    return jdbc.inTenant(
        tenant,
        c ->
            query(
                    c,
                    "select "
                        + COLUMNS
                        + " from signal_model where status = 'LIVE'"
                        + " and coalesce(owner_user, '') = ?",
                    scope(ownerUser))
                .stream()
                .findFirst());
  }

  @Override
  public RegisteredModel register(RegisteredModel m) {
    return jdbc.inTenant(
        m.tenant(),
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into signal_model ("
                      + COLUMNS
                      + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict do nothing")) {
            insert.setObject(1, m.id());
            insert.setObject(2, m.tenant().value());
            insert.setString(3, m.ownerUser());
            insert.setString(4, m.version());
            insert.setString(5, m.kind());
            insert.setString(6, m.featureSpec());
            insert.setInt(7, m.horizon());
            insert.setTimestamp(8, timestamp(m.trainedFrom()));
            insert.setTimestamp(9, timestamp(m.trainedTo()));
            insert.setInt(10, m.trainingSamples());
            insert.setString(11, m.metrics());
            insert.setString(12, m.artifactDir().toString());
            insert.setString(13, m.status().name());
            insert.setTimestamp(14, timestamp(m.createdAt()));
            insert.setTimestamp(15, timestamp(m.statusChangedAt()));
            insert.setObject(16, m.replaced());
            insert.executeUpdate();
          }
          return query(
                  c,
                  "select "
                      + COLUMNS
                      + " from signal_model where coalesce(owner_user, '') = ? and version = ?",
                  scope(m.ownerUser()),
                  m.version())
              .getFirst();
        });
  }

  @Override
  public RegisteredModel promote(TenantId tenant, UUID id, Instant at) {
    return jdbc.inTenant(
        tenant,
        c -> {
          RegisteredModel target = byId(c, id, true).orElseThrow(() -> ModelException.notFound(id));
          if (target.live()) {
            return target;
          }
          Optional<RegisteredModel> live = lockScope(c, target.ownerUser());
          if (live.isPresent()) {
            setStatus(c, live.get().id(), ModelStatus.RETIRED, at);
          }
          try (PreparedStatement update =
              c.prepareStatement(
                  "update signal_model set status = 'LIVE', status_changed_at = ?,"
                      + " replaced_id = ? where id = ?")) {
            update.setTimestamp(1, timestamp(at));
            update.setObject(2, live.map(RegisteredModel::id).orElse(null));
            update.setObject(3, id);
            update.executeUpdate();
          }
          return byId(c, id, false).orElseThrow();
        });
  }

  @Override
  public RegisteredModel rollback(TenantId tenant, UUID id, Instant at) {
    return jdbc.inTenant(
        tenant,
        c -> {
          RegisteredModel target = byId(c, id, true).orElseThrow(() -> ModelException.notFound(id));
          lockScope(c, target.ownerUser());
          if (!target.live()) {
            throw new ModelException(
                ModelException.Kind.CONFLICT,
                "model " + id + " is " + target.status() + ": only the live model rolls back");
          }
          if (target.replaced() == null) {
            throw new ModelException(
                ModelException.Kind.CONFLICT,
                "model " + id + " replaced no model: there is nothing to roll back to");
          }
          setStatus(c, id, ModelStatus.RETIRED, at);
          setStatus(c, target.replaced(), ModelStatus.LIVE, at);
          return byId(c, target.replaced(), false).orElseThrow();
        });
  }

  /** Locks every model of the scope (so promotions queue up); returns the live one. */
  private static Optional<RegisteredModel> lockScope(Connection c, String ownerUser)
      throws SQLException {
    return query(
            c,
            "select "
                + COLUMNS
                + " from signal_model where coalesce(owner_user, '') = ? order by id for update",
            scope(ownerUser))
        .stream()
        .filter(RegisteredModel::live)
        .findFirst();
  }

  private static void setStatus(Connection c, UUID id, ModelStatus status, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update signal_model set status = ?, status_changed_at = ? where id = ?")) {
      update.setString(1, status.name());
      update.setTimestamp(2, timestamp(at));
      update.setObject(3, id);
      update.executeUpdate();
    }
  }

  private static Optional<RegisteredModel> byId(Connection c, UUID id, boolean lock)
      throws SQLException {
    return query(
            c,
            "select " + COLUMNS + " from signal_model where id = ?" + (lock ? " for update" : ""),
            id)
        .stream()
        .findFirst();
  }

  private static String scope(String ownerUser) {
    return ownerUser == null ? "" : ownerUser;
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static List<RegisteredModel> query(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        select.setObject(i + 1, args[i]);
      }
      List<RegisteredModel> models = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          models.add(
              new RegisteredModel(
                  row.getObject("id", UUID.class),
                  new TenantId(row.getObject("tenant_id", UUID.class)),
                  row.getString("owner_user"),
                  row.getString("version"),
                  row.getString("kind"),
                  row.getString("feature_spec"),
                  row.getInt("horizon"),
                  instant(row.getTimestamp("trained_from")),
                  instant(row.getTimestamp("trained_to")),
                  row.getInt("training_samples"),
                  row.getString("metrics"),
                  Path.of(row.getString("artifact_dir")),
                  ModelStatus.valueOf(row.getString("status")),
                  instant(row.getTimestamp("created_at")),
                  instant(row.getTimestamp("status_changed_at")),
                  row.getObject("replaced_id", UUID.class)));
        }
      }
      return models;
    }
  }
}
