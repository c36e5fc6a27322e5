package id.nusatrade.backtest.service;

import java.util.Objects;
import java.util.UUID;

/** A backtest run's id; unguessable, but tenant scoping, not secrecy, keeps runs apart. */
public record BacktestId(UUID value) {
  public BacktestId {
    Objects.requireNonNull(value, "value");
  }

  public static BacktestId random() {
    return new BacktestId(UUID.randomUUID());
  }

  /** Parses a path segment; empty when it is not a UUID (to the caller: an unknown run). */
  public static java.util.Optional<BacktestId> parse(String text) {
    try {
      return java.util.Optional.of(new BacktestId(UUID.fromString(text)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
