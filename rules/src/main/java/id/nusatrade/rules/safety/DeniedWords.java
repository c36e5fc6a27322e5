package id.nusatrade.rules.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words editable DRL may not contain anywhere in code, each with the reason given to the author.
 */
final class DeniedWords {
  private static final Map<String, String> REASONS = build();

  private DeniedWords() {}

  /** Why {@code word} is refused, or null when it is allowed. */
  static String reason(String word) {
    return REASONS.get(word);
  }

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    put(
        m,
        "reflection is not allowed",
        List.of(
            "Class",
            "class",
            "forName",
            "getClass",
            "getClassLoader",
            "ClassLoader",
            "URLClassLoader",
            "getMethod",
            "getMethods",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getField",
            "getFields",
            "getDeclaredField",
            "getDeclaredFields",
            "getConstructor",
            "getConstructors",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "invoke",
            "newInstance",
            "setAccessible",
            "Method",
            "Field",
            "Constructor",
            "Proxy",
            "MethodHandles",
            "MethodHandle",
            "VarHandle",
            "Unsafe",
            "Introspector",
            "ServiceLoader",
            "ModuleLayer",
            "Module",
            "StackWalker"));
    put(
        m,
        "the system, processes and scripting are not allowed",
        List.of(
            "System",
            "Runtime",
            "getRuntime",
            "exec",
            "exit",
            "Process",
            "ProcessBuilder",
            "ProcessHandle",
            "getenv",
            "loadLibrary",
            "SecurityManager",
            "ScriptEngine",
            "ScriptEngineManager",
            "InitialContext",
            "eval"));
    put(
        m,
        "threads and synchronization are not allowed",
        List.of(
            "Thread",
            "ThreadGroup",
            "ThreadLocal",
            "Executors",
            "ExecutorService",
            "ForkJoinPool",
            "CompletableFuture",
            "Timer",
            "synchronized",
            "wait",
            "notify",
            "notifyAll"));
    put(
        m,
        "the file system is not allowed",
        List.of(
            "File",
            "Files",
            "Path",
            "Paths",
            "FileSystem",
            "FileSystems",
            "FileInputStream",
            "FileOutputStream",
            "FileReader",
            "FileWriter",
            "RandomAccessFile",
            "ObjectInputStream",
            "ObjectOutputStream",
            "Console",
            "PrintStream"));
    put(
        m,
        "the network is not allowed",
        List.of(
            "Socket",
            "ServerSocket",
            "DatagramSocket",
            "URL",
            "URI",
            "HttpClient",
            "HttpURLConnection",
            "InetAddress"));
    put(
        m,
        "rules may not declare functions, types or queries",
        List.of("function", "def", "declare", "query"));
    put(
        m,
        "a rule may only write to the verdict, not change working memory or the engine",
        List.of(
            "drools",
            "kcontext",
            "insert",
            "insertLogical",
            "update",
            "modify",
            "delete",
            "retract"));
    put(m, "loops are not allowed in rules", List.of("while", "for", "do", "foreach", "until"));
    put(
        m,
        "a rule has no control flow: put conditions in the when part",
        List.of("if", "else", "switch", "try", "catch", "throw", "finally"));
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String reason, List<String> words) {
    words.forEach(w -> m.put(w, reason));
  }
}
