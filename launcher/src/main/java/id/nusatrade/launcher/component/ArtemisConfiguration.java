package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusTopology;
import java.nio.file.Path;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/** The broker settings, in code rather than broker.xml so ports and paths follow the config. */
final class ArtemisConfiguration {
  static final String ROLE = "nusatrade";
  static final int MAX_DELIVERY_ATTEMPTS = 5;

  private final LauncherConfig config;

  ArtemisConfiguration(LauncherConfig config) {
    this.config = config;
  }

  Configuration build() throws Exception {
    Path dir = config.stateDir().resolve("artemis");
    Configuration c = new ConfigurationImpl();
    c.setName("nusatrade");
    c.setPersistenceEnabled(true);
    c.setJournalType(JournalType.NIO); // no libaio needed; fast enough with batched sends
    c.setJournalDirectory(dir.resolve("journal").toString());
    c.setBindingsDirectory(dir.resolve("bindings").toString());
    c.setPagingDirectory(dir.resolve("paging").toString());
    c.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
    c.setNodeManagerLockDirectory(dir.toString());
    c.setSecurityEnabled(true);
    c.setJMXManagementEnabled(false);
    // the critical analyzer halts a broker starved of CPU: expected on a shared 2-core box
    c.setCriticalAnalyzer(false);
    c.setMaxDiskUsage(98);
    c.addAcceptorConfiguration(
        "nusatrade", "tcp://127.0.0.1:" + config.port(Setting.ARTEMIS_PORT) + "?protocols=CORE");
    c.putSecurityRoles(
        "#", Set.of(new Role(ROLE, true, true, true, true, true, true, true, true, true, true)));
    c.addAddressSetting("#", addressSettings());
    c.addQueueConfiguration(QueueConfiguration.of("DLQ").setRoutingType(RoutingType.ANYCAST));
    c.addQueueConfiguration(
        QueueConfiguration.of("ExpiryQueue").setRoutingType(RoutingType.ANYCAST));
    // a topic message no subscription exists for is dropped: the subscriptions whose events must
    // survive until their consumer first starts (the gateway's execution reports) exist from the
    // broker's first start
    for (DurableSubscription subscription : EventBusTopology.defaults().subscriptions()) {
      c.addQueueConfiguration(
          QueueConfiguration.of(subscription.queueName())
              .setAddress(subscription.topic().address())
              .setRoutingType(RoutingType.MULTICAST)
              .setDurable(true));
    }
    return c;
  }

  /** Poison messages go to DLQ after five tries, with growing pauses between redeliveries. */
  static AddressSettings addressSettings() {
    return new AddressSettings()
        .setDeadLetterAddress(SimpleString.of("DLQ"))
        .setExpiryAddress(SimpleString.of("ExpiryQueue"))
        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
        .setRedeliveryDelay(500)
        .setRedeliveryMultiplier(2.0)
        .setMaxRedeliveryDelay(30_000);
  }

  static ActiveMQJAASSecurityManager securityManager(LauncherConfig config) {
    SecurityConfiguration users = new SecurityConfiguration();
    users.addUser(config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD));
    users.addRole(config.get(Setting.ARTEMIS_USER), ROLE);
    return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);
  }
}
