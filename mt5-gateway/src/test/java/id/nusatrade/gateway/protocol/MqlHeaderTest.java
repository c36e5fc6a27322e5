package id.nusatrade.gateway.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The MQL5 include is generated from FrameLayout and checked in: the two must not drift. */
class MqlHeaderTest {
  // surefire runs in the module folder
  static final Path CHECKED_IN = Path.of("mql5/Include/Nusatrade/FrameLayout.mqh");

  @Test
  void theCheckedInMqlIncludeIsWhatTheGeneratorWritesToday() throws Exception {
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(checkedIn)
        .as(
            "%s is out of date with FrameLayout/FrameType/ErrorCode; refresh it from the"
                + " repository root with:%n  %s%n",
            CHECKED_IN, MqlHeader.REFRESH)
        .isEqualTo(MqlHeader.render());
  }

  @Test
  void theIncludeCarriesTheOffsetsAndCodesTheProtocolDocumentStates() {
    // values copied from docs/mt5-protocol.md, not from the Java constants
    String h = MqlHeader.render();
    assertThat(h)
        .containsPattern("#define NT_HEADER +16\n")
        .containsPattern("#define NT_TICK_SYMBOL +16\n")
        .containsPattern("#define NT_TICK_TIME +48\n")
        .containsPattern("#define NT_TICK_LENGTH +96\n")
        .containsPattern("#define NT_WELCOME_HEARTBEAT_MILLIS +20\n")
        .containsPattern("#define NT_WELCOME_MAX_FRAME +24\n")
        .containsPattern("#define NT_WELCOME_LAST_ACKED +32\n")
        .containsPattern("#define NT_EXEC_FIXED_LENGTH +136\n")
        .containsPattern("#define NT_EXEC_V1_FIXED_LENGTH +120\n")
        .containsPattern("#define NT_EXEC_COMMISSION +120\n")
        .containsPattern("#define NT_EXEC_SWAP +128\n")
        .containsPattern("#define NT_ACTION_CANCEL +4\n")
        .containsPattern("#define NT_EXEC_KIND_CANCELLED +4\n")
        .containsPattern("#define NT_EXEC_KIND_CANCEL_REJECTED +5\n")
        .containsPattern("#define NT_FRAME_EXECUTION_REPORT +0x21\n")
        .containsPattern("#define NT_FRAME_PROTOCOL_ERROR +0x7F\n")
        .containsPattern("#define NT_ERR_SUPERSEDED +18\n")
        .containsPattern("#define NT_ASCII_FIRST +0x21\n")
        .containsPattern("#define NT_ASCII_LAST +0x7E\n")
        .contains("case NT_ERR_AUTH_FAILED: return NT_REACT_WAIT_LONG;")
        .contains("case NT_ERR_UNSUPPORTED_VERSION: return NT_REACT_STOP;")
        .contains("case NT_ERR_SUPERSEDED: return NT_REACT_STOP;")
        .contains("case NT_ERR_BAD_FIELD: return NT_REACT_MUTE_SYMBOL;")
        .contains("case NT_FRAME_ACK: return 24;")
        .doesNotContain("case NT_FRAME_EXECUTION_REPORT: return");
  }
}
