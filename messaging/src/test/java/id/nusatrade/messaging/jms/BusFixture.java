package id.nusatrade.messaging.jms;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.json.EventJsonCodec;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** A broker on a journal directory plus the bus objects wired to it, as production wires them. */
final class BusFixture implements AutoCloseable {
  static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");

  final EventBusTopology topology;
  final EventJsonCodec codec = new EventJsonCodec();
  final EventMessages messages = new EventMessages(codec);
  final EmbeddedArtemis broker;
  final ConnectionFactory factory;
  final EventConsumers consumers;

  BusFixture(Path journal, EventBusTopology topology) throws Exception {
    this.topology = topology;
    this.broker = EmbeddedArtemis.start(journal, topology);
    // tests stop brokers on purpose: fail instead of reconnecting for ever
    this.factory = ArtemisConnections.withoutReconnect(broker.url(), null, null);
    this.consumers = new EventConsumers(factory, messages, topology);
  }

  ArtemisEventPublisher publisher() {
    return new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
  }

  static EventEnvelope event(String type, String payload) {
    return new EventEnvelope(
        UUID.randomUUID(), TENANT_A, type, Instant.parse("2025-03-04T02:15:00Z"), 1, payload);
  }

  @Override
  public void close() throws Exception {
    broker.close();
  }
}
