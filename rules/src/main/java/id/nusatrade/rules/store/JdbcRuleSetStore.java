package id.nusatrade.rules.store;

import id.nusatrade.rules.engine.RuleArea;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link RuleSetStore} on PostgreSQL with plain JDBC. Publish and rollback lock the area's live row
 * ({@code SELECT ... FOR UPDATE}) in one transaction, compare it with the version the caller
 * started from, and either move it or change nothing.
 */
public final class JdbcRuleSetStore implements RuleSetStore {
  private static final String VERSION_COLUMNS =
      "area, version, drl, limits, author, created_at, comment";

  private final DataSource dataSource;

  public JdbcRuleSetStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<StoredVersion> live(RuleArea area) {
    return queryVersion(
        "select v.area, v.version, v.drl, v.limits, v.author, v.created_at, v.comment"
            + " from rule_set_live l join rule_set_version v using (area, version) where l.area = ?",
        area.id());
  }

  @Override
  public Optional<StoredVersion> version(RuleArea area, long version) {
    return queryVersion(
        "select " + VERSION_COLUMNS + " from rule_set_version where area = ? and version = ?",
        area.id(),
        version);
  }

  @Override
  public List<StoredVersion> versions(RuleArea area) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select "
                    + VERSION_COLUMNS
                    + " from rule_set_version where area = ? order by version desc")) {
      s.setString(1, area.id());
      List<StoredVersion> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(version(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new RuleStoreException("cannot list the " + area.id() + " versions", e);
    }
  }

  @Override
  public Draft saveDraft(
      RuleArea area,
      long baseVersion,
      String drl,
      String limits,
      String author,
      Instant at,
      String comment) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into rule_set_draft (area, base_version, drl, limits, author, created_at, comment)"
                    + " values (?, ?, ?, ?, ?, ?, ?) returning id")) {
      s.setString(1, area.id());
      s.setLong(2, baseVersion);
      s.setString(3, drl);
      s.setString(4, limits);
      s.setString(5, author);
      s.setTimestamp(6, Timestamp.from(at));
      s.setString(7, comment);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new Draft(r.getLong(1), area, baseVersion, drl, limits, author, at, comment);
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot save a " + area.id() + " draft", e);
    }
  }

  @Override
  public Optional<Draft> draft(RuleArea area, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, base_version, drl, limits, author, created_at, comment"
                    + " from rule_set_draft where area = ? and id = ?")) {
      s.setString(1, area.id());
      s.setLong(2, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Draft(
                r.getLong(1),
                area,
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getTimestamp(6).toInstant(),
                r.getString(7)));
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot read " + area.id() + " draft " + id, e);
    }
  }

  @Override
  public StoredVersion publish(Draft draft, long expectedLive, String author, Instant at)
      throws PublishConflict {
    return inTransaction(
        draft.area(),
        expectedLive,
        c -> {
          long next;
          try (PreparedStatement s =
              c.prepareStatement(
                  "select coalesce(max(version), 0) + 1 from rule_set_version where area = ?")) {
            s.setString(1, draft.area().id());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              next = r.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into rule_set_version ("
                      + VERSION_COLUMNS
                      + ") values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, draft.area().id());
            s.setLong(2, next);
            s.setString(3, draft.drl());
            s.setString(4, draft.limits());
            s.setString(5, author);
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, draft.comment());
            s.executeUpdate();
          }
          return next;
        },
        author,
        at);
  }

  @Override
  public StoredVersion rollback(
      RuleArea area, long version, long expectedLive, String author, Instant at)
      throws PublishConflict {
    if (version(area, version).isEmpty()) {
      throw new IllegalArgumentException("no " + area.id() + " version " + version);
    }
    return inTransaction(area, expectedLive, c -> version, author, at);
  }

  @Override
  public Optional<String> scenarios(RuleArea area) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select scenarios from rule_set_scenarios where area = ?")) {
      s.setString(1, area.id());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot read the " + area.id() + " scenarios", e);
    }
  }

  @Override
  public void saveScenarios(RuleArea area, String yaml, String author, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into rule_set_scenarios (area, scenarios, updated_by, updated_at) values (?, ?, ?, ?)"
                    + " on conflict (area) do update set scenarios = excluded.scenarios,"
                    + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")) {
      s.setString(1, area.id());
      s.setString(2, yaml);
      s.setString(3, author);
      s.setTimestamp(4, Timestamp.from(at));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new RuleStoreException("cannot save the " + area.id() + " scenarios", e);
    }
  }

  @Override
  public void requestApproval(Draft draft, String requestedBy, Instant at) {
    update(
        "insert into rule_set_approval (draft_id, area, requested_by, requested_at)"
            + " values (?, ?, ?, ?) on conflict (draft_id) do update"
            + " set requested_by = excluded.requested_by, requested_at = excluded.requested_at"
            + " where rule_set_approval.approved_by is null",
        draft.id(),
        draft.area().id(),
        requestedBy,
        Timestamp.from(at));
  }

  @Override
  public Optional<PendingApproval> pendingApproval(RuleArea area, long draftId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select requested_by, requested_at from rule_set_approval"
                    + " where area = ? and draft_id = ? and approved_by is null")) {
      s.setString(1, area.id());
      s.setLong(2, draftId);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                new PendingApproval(draftId, r.getString(1), r.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot read the approval of draft " + draftId, e);
    }
  }

  @Override
  public List<PendingApproval> pendingApprovals(RuleArea area) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select draft_id, requested_by, requested_at from rule_set_approval"
                    + " where area = ? and approved_by is null order by requested_at, draft_id")) {
      s.setString(1, area.id());
      try (ResultSet r = s.executeQuery()) {
        List<PendingApproval> pending = new ArrayList<>();
        while (r.next()) {
          pending.add(
              new PendingApproval(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant()));
        }
        return pending;
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot read the pending " + area.id() + " approvals", e);
    }
  }

  @Override
  public void approved(long draftId, String approver, Instant at) {
    update(
        "update rule_set_approval set approved_by = ?, approved_at = ?"
            + " where draft_id = ? and approved_by is null",
        approver,
        Timestamp.from(at),
        draftId);
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new RuleStoreException("cannot record a rule set approval", e);
    }
  }

  /** The version the step makes live, computed inside the transaction. */
  private interface Step {
    long run(Connection c) throws SQLException;
  }

  /**
   * Locks the live row, checks it still holds {@code expectedLive}, runs {@code step} and points
   * the live row at the version it returns; all or nothing.
   */
  private StoredVersion inTransaction(
      RuleArea area, long expectedLive, Step step, String author, Instant at)
      throws PublishConflict {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long live = lockLive(c, area);
        if (live != expectedLive) {
          c.rollback();
          throw new PublishConflict(expectedLive, live);
        }
        long next = step.run(c);
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into rule_set_live (area, version, published_by, published_at) values (?, ?, ?, ?)"
                    + " on conflict (area) do update set version = excluded.version,"
                    + " published_by = excluded.published_by, published_at = excluded.published_at")) {
          s.setString(1, area.id());
          s.setLong(2, next);
          s.setString(3, author);
          s.setTimestamp(4, Timestamp.from(at));
          s.executeUpdate();
        }
        c.commit();
        return version(area, next).orElseThrow();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        // two first publishes raced to insert the live row or the same version: the other won
        throw new PublishConflict(expectedLive, live(area).map(StoredVersion::version).orElse(0L));
      }
      throw new RuleStoreException("cannot publish the " + area.id() + " rules", e);
    }
  }

  /** The live version under a row lock, 0 when the area has none yet. */
  private static long lockLive(Connection c, RuleArea area) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select version from rule_set_live where area = ? for update")) {
      s.setString(1, area.id());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private Optional<StoredVersion> queryVersion(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(version(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new RuleStoreException("cannot read a rule set version", e);
    }
  }

  private static StoredVersion version(ResultSet r) throws SQLException {
    return new StoredVersion(
        RuleArea.of(r.getString(1)),
        r.getLong(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getTimestamp(6).toInstant(),
        r.getString(7));
  }
}
