package id.nusatrade.messaging.contract;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One event type of the bus: its name (or, for a family such as {@code audit.}, the prefix of its
 * names), its payload schema version and the record that payload is.
 *
 * @param <P> the payload record
 */
public final class EventContract<P> {
  private final String type;
  private final int schemaVersion;
  private final Class<P> payloadClass;
  private final Function<P, String> typeOf;
  private final BiFunction<P, String, P> withType;
  private final List<String> requiredFields;

  private EventContract(
      String type,
      int schemaVersion,
      Class<P> payloadClass,
      Function<P, String> typeOf,
      BiFunction<P, String, P> withType,
      Set<String> optionalFields) {
    this.type = type;
    this.schemaVersion = schemaVersion;
    this.payloadClass = payloadClass;
    this.typeOf = typeOf;
    this.withType = withType;
    this.requiredFields =
        Arrays.stream(payloadClass.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !optionalFields.contains(name))
            .toList();
  }

  /** A contract for exactly one event type; every field of the record is required. */
  static <P extends Record> EventContract<P> of(String type, Class<P> payloadClass) {
    return new EventContract<>(type, 1, payloadClass, p -> type, (p, t) -> p, Set.of());
  }

  /**
   * A family of types sharing one payload; {@code typeOf} names each event's type; the fields named
   * in {@code optionalFields} may be left out.
   */
  static <P extends Record> EventContract<P> family(
      String prefix, Class<P> payloadClass, Function<P, String> typeOf, String... optionalFields) {
    return new EventContract<>(
        prefix, 1, payloadClass, typeOf, (p, t) -> p, Set.of(optionalFields));
  }

  /**
   * A family whose records carry part of the event type that is not in the payload: {@code
   * withType} gives the decoded record that part back from the envelope's type.
   */
  static <P extends Record> EventContract<P> family(
      String prefix,
      Class<P> payloadClass,
      Function<P, String> typeOf,
      BiFunction<P, String, P> withType,
      String... optionalFields) {
    return new EventContract<>(prefix, 1, payloadClass, typeOf, withType, Set.of(optionalFields));
  }

  /** The payload's fields a producer must send (the record's components less the optional). */
  public List<String> requiredFields() {
    return requiredFields;
  }

  /** The event type, or the prefix of a family ending in a dot. */
  public String type() {
    return type;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public Class<P> payloadClass() {
    return payloadClass;
  }

  /** Whether an event of {@code eventType} carries this contract's payload. */
  public boolean matches(String eventType) {
    return type.endsWith(".") ? eventType.startsWith(type) : type.equals(eventType);
  }

  String typeOf(P payload) {
    return Objects.requireNonNull(typeOf.apply(payload), "event type");
  }

  P withType(P decoded, String eventType) {
    return withType.apply(decoded, eventType);
  }

  @Override
  public String toString() {
    return type + " v" + schemaVersion;
  }
}
