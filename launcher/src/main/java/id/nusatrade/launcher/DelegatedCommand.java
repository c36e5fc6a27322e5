package id.nusatrade.launcher;

import id.nusatrade.launcher.config.LauncherConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A subcommand implemented in another module, called by class name so the launcher does not depend
 * on that module: {@code run(String[] args, PrintStream out, PrintStream err)}, static or on a
 * no-argument instance, returning an exit code (int) or nothing. The class is looked up on the
 * launcher's classpath, then in the module's build output ({@code target/classes}, its jar and
 * {@code target/lib}).
 */
final class DelegatedCommand {
  private final String command;
  private final String className;
  private final String module;

  DelegatedCommand(String command, String className, String module) {
    this.command = command;
    this.className = className;
    this.module = module;
  }

  int run(String[] args, PrintStream out, PrintStream err, LauncherConfig config) {
    Class<?> type = load(config);
    if (type == null) {
      err.println(
          "nusatrade: '" + command + "' is not available: " + className + " was not found.");
      err.println(
          "nusatrade: it comes from the "
              + module
              + " module; build it with"
              + " ./mvnw -B -DskipTests package (./nusatrade does when sources change).");
      return 2;
    }
    Method run = findRun(type);
    if (run == null) {
      err.println("nusatrade: " + className + " has no run(String[], PrintStream, PrintStream)");
      return 2;
    }
    return invoke(type, run, args, out, err);
  }

  private Class<?> load(LauncherConfig config) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      List<URL> urls = moduleClasspath(config.home().resolve(module).resolve("target"));
      if (urls.isEmpty()) {
        return null;
      }
      try {
        ClassLoader loader =
            new URLClassLoader(urls.toArray(URL[]::new), Main.class.getClassLoader());
        return Class.forName(className, true, loader);
      } catch (ClassNotFoundException | LinkageError again) {
        return null;
      }
    }
  }

  static List<URL> moduleClasspath(Path target) {
    List<URL> urls = new ArrayList<>();
    try {
      if (Files.isDirectory(target.resolve("classes"))) {
        urls.add(target.resolve("classes").toUri().toURL());
      }
      for (Path dir : List.of(target, target.resolve("lib"), target.resolve("dependency"))) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        }
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      return urls;
    }
    return urls;
  }

  private static Method findRun(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals("run") && m.getParameterCount() == 3)
        .filter(
            m ->
                m.getParameterTypes()[0] == String[].class
                    || m.getParameterTypes()[0] == List.class)
        .filter(m -> isStream(m.getParameterTypes()[1]) && isStream(m.getParameterTypes()[2]))
        .findFirst()
        .orElse(null);
  }

  private static boolean isStream(Class<?> c) {
    return c == PrintStream.class || c == PrintWriter.class;
  }

  private static int invoke(
      Class<?> type, Method run, String[] args, PrintStream out, PrintStream err) {
    Class<?>[] p = run.getParameterTypes();
    Object argsValue = p[0] == List.class ? List.of(args) : args;
    Object outValue = p[1] == PrintWriter.class ? new PrintWriter(out, true) : out;
    Object errValue = p[2] == PrintWriter.class ? new PrintWriter(err, true) : err;
    try {
      Object target =
          Modifier.isStatic(run.getModifiers())
              ? null
              : type.getDeclaredConstructor().newInstance();
      Object result = run.invoke(target, argsValue, outValue, errValue);
      flush(outValue, errValue);
      return result instanceof Integer code ? code : 0;
    } catch (InvocationTargetException e) {
      flush(outValue, errValue);
      err.println("nusatrade: " + e.getCause());
      return 1;
    } catch (ReflectiveOperationException e) {
      err.println("nusatrade: cannot call " + type.getName() + ".run: " + e);
      return 2;
    }
  }

  private static void flush(Object... streams) {
    for (Object s : streams) {
      if (s instanceof PrintWriter w) {
        w.flush();
      }
    }
  }
}
