package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks a component's ports before it starts. Servers such as Zeebe keep running when one of their
 * listeners fails to bind, so without this a taken port shows up as a readiness timeout.
 */
public final class Ports {
  private Ports() {}

  public static void requireFree(String component, LauncherConfig config, Setting... ports) {
    for (Setting port : ports) {
      int number = config.port(port);
      if (!isFree(number)) {
        throw new StartupException(
            component
                + ": port "
                + number
                + " on 127.0.0.1 is taken by another process; choose"
                + " another with "
                + port.flag()
                + " or "
                + port.envName()
                + " (or stop whatever uses it)");
      }
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // a port in TIME_WAIT after our own stop is fine to reuse
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
