package id.nusatrade.tickstore.clickhouse.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest config.xml and users.xml ClickHouse 18.16 starts with: loopback only, UTC, caches
 * sized for a shared 2-core developer machine rather than the 5–8 GiB Debian defaults.
 */
public final class ClickHouseConfigFiles {
  private static final String CONFIG =
      """
      <?xml version="1.0"?>
      <yandex>
        <logger><level>warning</level><log>%1$s/server.log</log>
          <errorlog>%1$s/server.err.log</errorlog><size>10M</size><count>1</count></logger>
        <http_port>%2$d</http_port>
        <tcp_port>%3$d</tcp_port>
        <listen_host>127.0.0.1</listen_host>
        <path>%4$s/</path>
        <tmp_path>%4$s/tmp/</tmp_path>
        <user_files_path>%4$s/user_files/</user_files_path>
        <format_schema_path>%4$s/format_schemas/</format_schema_path>
        <users_config>users.xml</users_config>
        <default_profile>default</default_profile>
        <default_database>default</default_database>
        <timezone>UTC</timezone>
        <mark_cache_size>268435456</mark_cache_size>
        <uncompressed_cache_size>268435456</uncompressed_cache_size>
        <max_concurrent_queries>50</max_concurrent_queries>
      </yandex>
      """;
  private static final String USERS =
      """
      <?xml version="1.0"?>
      <yandex>
        <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
        <users><default><password></password>
          <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
          <profile>default</profile><quota>default</quota></default></users>
        <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
          <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
        </interval></default></quotas>
      </yandex>
      """;

  private ClickHouseConfigFiles() {}

  /** Writes both files into {@code configDir} and returns the config.xml path. */
  public static Path write(Path configDir, Path dataDir, int httpPort, int tcpPort)
      throws IOException {
    Files.createDirectories(configDir);
    Path config = configDir.resolve("config.xml");
    String configXml =
        CONFIG.formatted(configDir.toAbsolutePath(), httpPort, tcpPort, dataDir.toAbsolutePath());
    Files.writeString(config, configXml);
    Files.writeString(configDir.resolve("users.xml"), USERS);
    return config;
  }
}
