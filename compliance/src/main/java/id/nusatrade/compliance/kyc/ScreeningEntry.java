package id.nusatrade.compliance.kyc;

import java.util.List;

/**
 * One listed person: the names to match (primary first, then aliases), whether the list is a
 * sanctions list or a politically-exposed-persons list, and where the entry comes from.
 */
public record ScreeningEntry(String id, Kind kind, List<String> names, String source) {
  public enum Kind {
    SANCTION,
    PEP
  }

  public ScreeningEntry {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has no name");
    }
  }
}
