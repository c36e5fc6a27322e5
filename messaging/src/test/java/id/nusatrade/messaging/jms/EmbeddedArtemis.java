package id.nusatrade.messaging.jms;

import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventDestination;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * A real Artemis broker for tests: persistent journal in the given directory, one acceptor on
 * 127.0.0.1 on a free port, address settings from {@link EventBusTopology} (the same values the
 * launcher applies).
 */
public final class EmbeddedArtemis implements AutoCloseable {
  private final EmbeddedActiveMQ server;
  private final int port;

  private EmbeddedArtemis(EmbeddedActiveMQ server, int port) {
    this.server = server;
    this.port = port;
  }

  public static EmbeddedArtemis start(Path dataDir, EventBusTopology topology) throws Exception {
    int port = freePort();
    EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    server.setConfiguration(configuration(dataDir, port, topology));
    server.start();
    return new EmbeddedArtemis(server, port);
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  private static Configuration configuration(Path dir, int port, EventBusTopology topology)
      throws Exception {
    Configuration config = new ConfigurationImpl();
    config.setPersistenceEnabled(true);
    config.setSecurityEnabled(false);
    config.setJMXManagementEnabled(false);
    config.setJournalType(JournalType.NIO);
    config.setJournalDirectory(dir.resolve("journal").toString());
    config.setBindingsDirectory(dir.resolve("bindings").toString());
    config.setPagingDirectory(dir.resolve("paging").toString());
    config.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
    config.setNodeManagerLockDirectory(dir.toString());
    config.setMaxDiskUsage(99);
    config.addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
    config.addAddressSetting("#", addressSettings(topology));
    config.addAddressConfiguration(anycast(topology.deadLetterQueue()));
    config.addAddressConfiguration(anycast(topology.expiryQueue()));
    for (EventDestination destination : topology.destinations()) {
      config.addAddressConfiguration(
          destination.kind() == EventDestination.Kind.QUEUE
              ? anycast(destination.address())
              : new CoreAddressConfiguration()
                  .setName(destination.address())
                  .addRoutingType(RoutingType.MULTICAST));
    }
    for (DurableSubscription subscription : topology.subscriptions()) {
      config.addQueueConfiguration(
          QueueConfiguration.of(subscription.queueName())
              .setAddress(subscription.topic().address())
              .setRoutingType(RoutingType.MULTICAST)
              .setDurable(true));
    }
    return config;
  }

  private static AddressSettings addressSettings(EventBusTopology topology) {
    return new AddressSettings()
        .setDeadLetterAddress(SimpleString.of(topology.deadLetterQueue()))
        .setExpiryAddress(SimpleString.of(topology.expiryQueue()))
        .setMaxDeliveryAttempts(topology.maxDeliveryAttempts())
        .setRedeliveryDelay(topology.redeliveryDelay().toMillis())
        .setRedeliveryMultiplier(topology.redeliveryMultiplier())
        .setMaxRedeliveryDelay(topology.maxRedeliveryDelay().toMillis());
  }

  private static CoreAddressConfiguration anycast(String name) {
    return new CoreAddressConfiguration()
        .setName(name)
        .addRoutingType(RoutingType.ANYCAST)
        .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
