package id.nusatrade.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.audit.ChainBreak.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private final List<AuditRecord> chain = chainOf(5);

  @Test
  void acceptsAnUntouchedChain() {
    assertThat(verify(chain, head(chain)).isIntact()).isTrue();
    assertThat(verify(chain, head(chain)).recordsChecked()).isEqualTo(5);
  }

  @Test
  void namesTheEditedRecord() {
    List<AuditRecord> tampered = new ArrayList<>(chain);
    AuditRecord third = tampered.get(2);
    AuditEvent edited = event(99);
    tampered.set(2, new AuditRecord(third.seq(), edited, third.prevHash(), third.hash()));

    assertThat(breakOf(tampered)).isEqualTo(new Kinded(3, Kind.EDITED));
  }

  @Test
  void namesTheRecordAfterADeletedOne() {
    List<AuditRecord> tampered = new ArrayList<>(chain);
    tampered.remove(2);

    assertThat(breakOf(tampered)).isEqualTo(new Kinded(4, Kind.DELETED));
  }

  @Test
  void namesTheFirstRecordOfASwap() {
    List<AuditRecord> tampered = new ArrayList<>(chain);
    AuditRecord second = tampered.get(1);
    AuditRecord third = tampered.get(2);
    tampered.set(1, new AuditRecord(2, third.event(), third.prevHash(), third.hash()));
    tampered.set(2, new AuditRecord(3, second.event(), second.prevHash(), second.hash()));

    assertThat(breakOf(tampered)).isEqualTo(new Kinded(2, Kind.REORDERED));
  }

  @Test
  void detectsRecordsRemovedFromTheEnd() {
    List<AuditRecord> tampered = new ArrayList<>(chain.subList(0, 3));

    assertThat(verify(tampered, head(chain)).firstBreak().orElseThrow())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(5L, Kind.TRUNCATED);
  }

  private record Kinded(long seq, Kind kind) {}

  private Kinded breakOf(List<AuditRecord> records) {
    ChainBreak at = verify(records, head(chain)).firstBreak().orElseThrow();
    return new Kinded(at.seq(), at.kind());
  }

  private static ChainVerification verify(List<AuditRecord> records, ChainHead head) {
    ChainVerifier verifier = new ChainVerifier(hash -> locate(records, hash));
    return verifier.verify(records.iterator(), head);
  }

  private static OptionalLong locate(List<AuditRecord> records, String hash) {
    return records.stream()
        .filter(r -> r.hash().equals(hash))
        .mapToLong(AuditRecord::seq)
        .findFirst();
  }

  private static ChainHead head(List<AuditRecord> records) {
    AuditRecord last = records.getLast();
    return new ChainHead(last.seq(), last.hash());
  }

  private static List<AuditRecord> chainOf(int n) {
    List<AuditRecord> records = new ArrayList<>();
    String prev = AuditHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEvent event = event(i);
      String hash = AuditHash.of(event, prev);
      records.add(new AuditRecord(i, event, prev, hash));
      prev = hash;
    }
    return records;
  }

  private static AuditEvent event(int i) {
    return new AuditEvent(
        null, "actor-" + i, "test.event", "subject", Instant.EPOCH.plusSeconds(i), "{}");
  }
}
