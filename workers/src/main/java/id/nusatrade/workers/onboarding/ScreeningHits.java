package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.kyc.ScreeningEntry;
import id.nusatrade.compliance.kyc.ScreeningHit;
import java.util.Map;

/** The process-variable form of a screening hit (one JSON object), both ways. */
final class ScreeningHits {
  private ScreeningHits() {}

  static Map<String, Object> toVariable(ScreeningHit hit) {
    return Map.of(
        "entryId", hit.entryId(),
        "kind", hit.kind().name(),
        "listedName", hit.listedName(),
        "similarity", hit.similarity(),
        "source", hit.source());
  }

  static ScreeningHit fromVariable(Map<String, Object> value) {
    return new ScreeningHit(
        String.valueOf(value.get("entryId")),
        ScreeningEntry.Kind.valueOf(String.valueOf(value.get("kind"))),
        String.valueOf(value.get("listedName")),
        ((Number) value.get("similarity")).doubleValue(),
        String.valueOf(value.get("source")));
  }
}
