package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.sql.Statements;
import id.nusatrade.compliance.sql.Statements.Binder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link ApplicationStore} in PostgreSQL (table {@code onboarding_application}), plain JDBC. */
public final class PostgresApplications implements ApplicationStore {
  private static final String COLUMNS =
      "application_id, full_name, email, phone, nik, date_of_birth::text, username, status,"
          + " process_instance_key, created_at, updated_at, erased_at";

  private final DataSource data;
  private final Statements statements;

  public PostgresApplications(DataSource data) {
    this.data = data;
    this.statements =
        new Statements(
            data,
            e ->
                new ApplicationStoreException(
                    "onboarding application store: " + e.getMessage(), e));
  }

  @Override
  public void add(Application application, String clientAddress) {
    Registration r = application.registration();
    update(
        "insert into onboarding_application (application_id, status, full_name, email, phone,"
            + " nik, date_of_birth, username, client_address, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setObject(1, application.id().value(), Types.OTHER);
          s.setString(2, application.status().name());
          s.setString(3, r.fullName());
          s.setString(4, r.email());
          s.setString(5, r.phone());
          s.setString(6, r.nik());
          s.setDate(7, Date.valueOf(r.validate()));
          s.setString(8, r.username());
          s.setString(9, clientAddress);
          s.setTimestamp(10, Timestamp.from(application.createdAt()));
          s.setTimestamp(11, Timestamp.from(application.updatedAt()));
        });
  }

  @Override
  public Optional<Application> find(ApplicationId id) {
    return query(
            "select " + COLUMNS + " from onboarding_application where application_id = ?",
            s -> s.setObject(1, id.value(), Types.OTHER))
        .stream()
        .findFirst();
  }

  @Override
  public List<Application> unstarted(Instant before, int limit) {
    return query(
        "select "
            + COLUMNS
            + " from onboarding_application where process_instance_key is null"
            + " and status = 'RECEIVED' and created_at < ? order by created_at limit ?",
        s -> {
          s.setTimestamp(1, Timestamp.from(before));
          s.setInt(2, limit);
        });
  }

  @Override
  public boolean markStarted(ApplicationId id, long processInstanceKey, Instant at) {
    return update(
            "update onboarding_application set process_instance_key = ?, status = 'IN_PROGRESS',"
                + " updated_at = ? where application_id = ? and process_instance_key is null",
            s -> {
              s.setLong(1, processInstanceKey);
              s.setTimestamp(2, Timestamp.from(at));
              s.setObject(3, id.value(), Types.OTHER);
            })
        == 1;
  }

  @Override
  public boolean updateStatus(ApplicationId id, ApplicationStatus status, Instant at) {
    return update(
            "update onboarding_application set status = ?, updated_at = ? where application_id = ?",
            s -> {
              s.setString(1, status.name());
              s.setTimestamp(2, Timestamp.from(at));
              s.setObject(3, id.value(), Types.OTHER);
            })
        == 1;
  }

  @Override
  public boolean erasePersonalData(ApplicationId id, Instant at) {
    return update(
            "update onboarding_application set full_name = null, email = null, phone = null,"
                + " nik = null, date_of_birth = null, username = null, client_address = null,"
                + " code_hash = null,"
                + " erased_at = coalesce(erased_at, ?), updated_at = ? where application_id = ?",
            s -> {
              s.setTimestamp(1, Timestamp.from(at));
              s.setTimestamp(2, Timestamp.from(at));
              s.setObject(3, id.value(), Types.OTHER);
            })
        == 1;
  }

  @Override
  public Optional<VerificationCode> verificationCode(ApplicationId id) {
    try (Connection c = data.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select code_hash, code_expires_at, code_sent_at, code_failed_attempts,"
                    + " contact_verified_at from onboarding_application"
                    + " where application_id = ? and code_hash is not null")) {
      s.setObject(1, id.value(), Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new VerificationCode(
                r.getString(1),
                r.getTimestamp(2).toInstant(),
                instant(r.getTimestamp(3)),
                r.getInt(4),
                instant(r.getTimestamp(5))));
      }
    } catch (SQLException e) {
      throw new ApplicationStoreException("onboarding application store: " + e.getMessage(), e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  @Override
  public void saveVerificationCode(ApplicationId id, String hash, Instant expiresAt) {
    update(
        "update onboarding_application set code_hash = ?, code_expires_at = ?,"
            + " code_failed_attempts = 0 where application_id = ? and code_sent_at is null"
            + " and contact_verified_at is null",
        s -> {
          s.setString(1, hash);
          s.setTimestamp(2, Timestamp.from(expiresAt));
          s.setObject(3, id.value(), Types.OTHER);
        });
  }

  @Override
  public void markCodeSent(ApplicationId id, Instant at) {
    update(
        "update onboarding_application set code_sent_at = ? where application_id = ?",
        s -> {
          s.setTimestamp(1, Timestamp.from(at));
          s.setObject(2, id.value(), Types.OTHER);
        });
  }

  @Override
  public void countFailedAttempt(ApplicationId id) {
    update(
        "update onboarding_application set code_failed_attempts = code_failed_attempts + 1"
            + " where application_id = ?",
        s -> s.setObject(1, id.value(), Types.OTHER));
  }

  @Override
  public void markContactVerified(ApplicationId id, Instant at) {
    update(
        "update onboarding_application set contact_verified_at = coalesce(contact_verified_at, ?)"
            + " where application_id = ?",
        s -> {
          s.setTimestamp(1, Timestamp.from(at));
          s.setObject(2, id.value(), Types.OTHER);
        });
  }

  @Override
  public boolean resubmit(ApplicationId id, Registration r, Instant at) {
    return update(
            "update onboarding_application set full_name = ?, email = ?, phone = ?, nik = ?,"
                + " date_of_birth = ?, username = ?, status = 'IN_PROGRESS', updated_at = ?"
                + " where application_id = ? and status = 'RESUBMISSION_REQUESTED'",
            s -> {
              s.setString(1, r.fullName());
              s.setString(2, r.email());
              s.setString(3, r.phone());
              s.setString(4, r.nik());
              s.setDate(5, Date.valueOf(r.validate()));
              s.setString(6, r.username());
              s.setTimestamp(7, Timestamp.from(at));
              s.setObject(8, id.value(), Types.OTHER);
            })
        == 1;
  }

  private int update(String sql, Binder binder) {
    return statements.update(sql, binder);
  }

  private List<Application> query(String sql, Binder binder) {
    return statements.query(sql, binder, PostgresApplications::row);
  }

  private static Application row(ResultSet r) throws SQLException {
    Registration registration =
        r.getTimestamp(12) != null
            ? null
            : new Registration(
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7));
    return new Application(
        new ApplicationId(r.getObject(1, UUID.class)),
        registration,
        ApplicationStatus.valueOf(r.getString(8)),
        r.getLong(9), // 0 when null: not started
        r.getTimestamp(10).toInstant(),
        r.getTimestamp(11).toInstant());
  }
}
