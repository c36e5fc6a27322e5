package id.nusatrade.signals.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registering a model sent over the platform: the shipped default's own files (as {@code
 * ./nusatrade train} wrote them) become a candidate that can be promoted; every way the files can
 * be wrong is refused with what is wrong named, and nothing is left behind in the models directory.
 */
class ModelUploadTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final String VERSION = "lightgbm-0d608510d42a";

  @TempDir Path models;
  private final InMemoryModelRegistry registry = new InMemoryModelRegistry();

  private ModelService service(Tier tier) {
    return new ModelService(
        registry, models, RegistryFixtures.tenants(tier), RegistryFixtures.catalog(), CLOCK);
  }

  /** The shipped default model's files, as a trader would send them. */
  static Map<String, byte[]> defaultFiles() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : List.of("model.json", "lightgbm.txt", "report.json")) {
      try (InputStream in = ModelUploadTest.class.getResourceAsStream("/models/default/" + name)) {
        files.put(name, in.readAllBytes());
      }
    }
    return files;
  }

  private ModelException refused(Map<String, byte[]> files) {
    ModelException e =
        assertThrows(ModelException.class, () -> service(Tier.PRO).upload(TENANT, null, files));
    assertTrue(registry.list(TENANT).isEmpty(), "nothing registered");
    return e;
  }

  private List<String> leftInModels() throws IOException {
    if (!Files.isDirectory(models)) {
      return List.of();
    }
    try (var entries = Files.list(models)) {
      return entries.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void aTrainedModelsFilesBecomeACandidateThatCanBePromoted() throws IOException {
    ModelService service = service(Tier.PRO);
    RegisteredModel uploaded = service.upload(TENANT, null, defaultFiles());

    assertEquals(VERSION, uploaded.version());
    assertEquals(ModelStatus.CANDIDATE, uploaded.status());
    assertEquals(models.resolve(VERSION).toAbsolutePath(), uploaded.artifactDir());
    assertEquals(0.5473, ModelMetrics.of(uploaded).balancedAccuracy(), 1e-4);
    assertEquals(List.of(VERSION), leftInModels(), "stored once, no staging directory left");
    // the same files again: the same registration
    assertEquals(uploaded.id(), service.upload(TENANT, null, defaultFiles()).id());

    service.promote(TENANT, uploaded.id());
    assertEquals(uploaded.id(), service.live(TENANT).id());
  }

  @Test
  void aChangedArtifactIsRefusedAsNotTheVersionItClaims() throws IOException {
    Map<String, byte[]> files = defaultFiles();
    String text = new String(files.get("lightgbm.txt"), StandardCharsets.UTF_8);
    files.put("lightgbm.txt", (text + "\n").getBytes(StandardCharsets.UTF_8));

    ModelException e = refused(files);
    assertEquals(ModelException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("says version " + VERSION), e.getMessage());
    assertEquals(List.of(), leftInModels());
  }

  @Test
  void aFeatureSpecThatBuildsOtherFeaturesThanTheModelWasTrainedOnIsRefused() throws IOException {
    Map<String, byte[]> files = defaultFiles();
    String metadata = new String(files.get("model.json"), StandardCharsets.UTF_8);
    String dropped = metadata.replaceFirst("\"ret_1\",\\s*", "");
    assertTrue(!dropped.equals(metadata), "the default model has a ret_1 feature");
    files.put("model.json", dropped.getBytes(StandardCharsets.UTF_8));

    ModelException e = refused(files);
    assertEquals(ModelException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("does not load"), e.getMessage());
    assertTrue(e.getMessage().contains("other features"), e.getMessage());
  }

  @Test
  void missingMetadataUnknownFilesAndUnreadableMetadataAreNamed() throws IOException {
    Map<String, byte[]> noMetadata = defaultFiles();
    noMetadata.remove("model.json");
    assertTrue(refused(noMetadata).getMessage().contains("no model.json"));

    Map<String, byte[]> unknown = defaultFiles();
    unknown.put("../escape.txt", new byte[1]);
    assertTrue(refused(unknown).getMessage().contains("unknown file '../escape.txt'"));

    Map<String, byte[]> garbage = defaultFiles();
    garbage.put("model.json", "not json".getBytes(StandardCharsets.UTF_8));
    assertTrue(refused(garbage).getMessage().contains("model.json is not readable"));

    Map<String, byte[]> noArtifact = defaultFiles();
    noArtifact.remove("lightgbm.txt");
    assertTrue(refused(noArtifact).getMessage().contains("does not load"));
    assertEquals(List.of(), leftInModels());
  }

  @Test
  void tooLargeIsRefusedBeforeAnythingIsWritten() throws IOException {
    Map<String, byte[]> files = defaultFiles();
    files.put("report.json", new byte[(int) ModelUpload.MAX_BYTES]);

    assertEquals(ModelException.Kind.TOO_LARGE, refused(files).kind());
    assertEquals(List.of(), leftInModels());
  }

  @Test
  void aPerUserModelNeedsThePlansCustomModels() throws IOException {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> service(Tier.PRO).upload(TENANT, "trader-a", defaultFiles()));
    assertEquals(ModelException.Kind.NOT_ENTITLED, e.kind());

    RegisteredModel mine = service(Tier.ENTERPRISE).upload(TENANT, "trader-a", defaultFiles());
    assertEquals("trader-a", mine.ownerUser());
  }
}
