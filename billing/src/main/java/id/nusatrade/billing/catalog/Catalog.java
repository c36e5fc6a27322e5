package id.nusatrade.billing.catalog;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * All catalog versions, ordered by effective date. The version in force at an instant is the last
 * one whose {@code effectiveFrom} is not after it. The one source of tier facts in the platform.
 */
public final class Catalog implements EntitlementCatalog {
  private static final String BUNDLED = "catalog.json";

  private final List<CatalogVersion> versions;

  public Catalog(List<CatalogVersion> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no versions");
    }
    List<CatalogVersion> sorted =
        versions.stream().sorted(Comparator.comparing(CatalogVersion::effectiveFrom)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      CatalogVersion before = sorted.get(i - 1);
      CatalogVersion after = sorted.get(i);
      if (after.version() <= before.version()
          || !after.effectiveFrom().isAfter(before.effectiveFrom())) {
        throw new IllegalArgumentException(
            "catalog version "
                + after.version()
                + " must have a higher number and a later effectiveFrom than version "
                + before.version());
      }
    }
    this.versions = sorted;
  }

  /** The catalog shipped with the application ({@code catalog.json} in this package). */
  public static Catalog standard() {
    try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " is missing from the billing jar");
      }
      return CatalogFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + BUNDLED, e);
    }
  }

  public List<CatalogVersion> versions() {
    return versions;
  }

  public CatalogVersion versionAt(Instant at) {
    CatalogVersion found = null;
    for (CatalogVersion v : versions) {
      if (!v.effectiveFrom().isAfter(at)) {
        found = v;
      }
    }
    if (found == null) {
      throw new NoSuchElementException(
          "no catalog version is in force at "
              + at
              + " (the first starts "
              + versions.getFirst().effectiveFrom()
              + ")");
    }
    return found;
  }

  public CatalogVersion version(int number) {
    return versions.stream()
        .filter(v -> v.version() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no catalog version " + number));
  }

  @Override
  public Entitlements entitlementsOf(Tier tier, Instant at) {
    return versionAt(at).entitlementsOf(tier);
  }

  @Override
  public Idr monthlyPriceOf(Tier tier, Instant at) {
    return versionAt(at)
        .monthlyPlanOf(tier)
        .map(Plan::price)
        .orElseThrow(() -> new NoSuchElementException("no monthly plan for tier " + tier));
  }
}
