package id.nusatrade.systemtest.platform;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link RunningPlatform}, started on first use and kept in the root store, so the
 * whole test run (every IT class in this module) shares ONE platform; JUnit closes it when the run
 * ends. A failed start is remembered too, so each later class fails at once with the same cause
 * instead of trying again.
 */
public final class PlatformExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PlatformExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningPlatform.class;
  }

  @Override
  public RunningPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent("platform", key -> Startup.attempt(), Startup.class)
        .platform();
  }

  /** The outcome of the one start attempt; closing it stops the platform. */
  record Startup(RunningPlatform started, RuntimeException failure) implements AutoCloseable {

    static Startup attempt() {
      try {
        RunningPlatform platform =
            RunningPlatform.start(PlatformSettings.fromSystemProperties(), System.out);
        return new Startup(platform, null);
      } catch (RuntimeException | AssertionError e) {
        var failure = new IllegalStateException("the platform did not start: " + e.getMessage(), e);
        return new Startup(null, failure);
      }
    }

    RunningPlatform platform() {
      if (failure != null) {
        throw failure;
      }
      return started;
    }

    @Override
    public void close() {
      if (started != null) {
        started.printMemory("at the end of the tests");
        started.close();
      }
    }
  }
}
