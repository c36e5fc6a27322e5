package id.nusatrade.launcher.component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a zip or tar.gz into a scratch folder and then moves its top directory into place, so a
 * killed unpack never leaves a half distribution that looks complete.
 */
final class Unpacker {
  private final String component;

  Unpacker(String component) {
    this.component = component;
  }

  Path unpackOnce(Path archive, Path parent) {
    Path marker = parent.resolve("." + archive.getFileName() + ".unpacked");
    try {
      if (Files.isRegularFile(marker)) {
        Path top = parent.resolve(Files.readString(marker).trim());
        if (Files.isDirectory(top)) {
          return top;
        }
      }
      Progress.note(component, "unpacking " + archive.getFileName() + " into " + parent);
      Path scratch = parent.resolve(".unpacking-" + archive.getFileName());
      deleteTree(scratch);
      Files.createDirectories(scratch);
      extract(archive, scratch);
      Path top = singleTopDirectory(scratch);
      Path target = parent.resolve(top.getFileName());
      deleteTree(target);
      Files.move(top, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(scratch);
      Files.writeString(marker, top.getFileName().toString());
      return target;
    } catch (IOException e) {
      throw new StartupException(component + ": cannot unpack " + archive, e);
    }
  }

  private static void extract(Path archive, Path into) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
      if (archive.toString().endsWith(".zip")) {
        extractZip(new ZipInputStream(raw), into);
      } else {
        extractTar(new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16)), into);
      }
    }
  }

  private static void extractZip(ZipInputStream zip, Path into) throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      Path target = safeResolve(into, entry.getName());
      if (entry.isDirectory()) {
        Files.createDirectories(target);
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.copy(zip, target);
      // a zip stream carries no Unix modes: the launch scripts are what must be executable
      if (target.getParent().getFileName().toString().equals("bin")) {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static void extractTar(TarArchiveInputStream tar, Path into) throws IOException {
    for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
      Path target = safeResolve(into, entry.getName());
      if (entry.isDirectory()) {
        Files.createDirectories(target);
      } else if (entry.isSymbolicLink()) {
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(tar, target);
        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    return PosixFilePermissions.fromString((mode & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
  }

  private static Path safeResolve(Path root, String name) {
    Path target = root.resolve(name).normalize();
    if (!target.startsWith(root)) {
      throw new UncheckedIOException(new IOException("archive entry escapes target: " + name));
    }
    return target;
  }

  private static Path singleTopDirectory(Path scratch) throws IOException {
    try (Stream<Path> children = Files.list(scratch)) {
      var list = children.toList();
      if (list.size() != 1 || !Files.isDirectory(list.getFirst())) {
        throw new IOException("expected one top directory in the archive, found " + list);
      }
      return list.getFirst();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
