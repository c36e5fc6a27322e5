package id.nusatrade.rules.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.rules.engine.RuleArea;
import org.junit.jupiter.api.Test;

class LimitSheetTest {
  private static final String TABLE =
      """
      # thresholds
      parameter,standard,conservative,description
      maxDailyLoss,50000000,10000000,Net loss of the day
      watchList,USDTRY;USDZAR,XAUUSD,"Instruments, separated by ;"
      """;

  @Test
  void reads_columns_and_rows_with_their_lines() {
    LimitSheet sheet = LimitSheet.parse(TABLE);

    assertThat(sheet.columns()).containsExactly("standard", "conservative");
    assertThat(sheet.rows())
        .extracting(LimitSheet.Row::parameter)
        .containsExactly("maxDailyLoss", "watchList");
    assertThat(sheet.row("maxDailyLoss").values()).containsExactly("50000000", "10000000");
    assertThat(sheet.row("maxDailyLoss").line()).isEqualTo(3);
    assertThat(sheet.row("watchList").description()).isEqualTo("Instruments, separated by ;");
  }

  @Test
  void an_edit_rewrites_only_its_line_and_keeps_comments() {
    String edited = LimitSheet.parse(TABLE).with("maxDailyLoss", "standard", " 40000000 ").text();

    assertThat(edited)
        .isEqualTo(
            """
            # thresholds
            parameter,standard,conservative,description
            maxDailyLoss,40000000,10000000,Net loss of the day
            watchList,USDTRY;USDZAR,XAUUSD,"Instruments, separated by ;"
            """);
  }

  @Test
  void a_value_with_a_comma_or_quote_is_quoted_and_reads_back() {
    String edited = LimitSheet.parse(TABLE).with("watchList", "conservative", "A,\"B\"").text();

    assertThat(edited)
        .contains("watchList,USDTRY;USDZAR,\"A,\"\"B\"\"\",\"Instruments, separated by ;\"");
    assertThat(LimitSheet.parse(edited).row("watchList").value(1)).isEqualTo("A,\"B\"");
  }

  @Test
  void the_shipped_risk_table_round_trips_unchanged() {
    String shipped = RuleArea.RISK.shipped(RuleArea.RISK.limitsFile());
    LimitSheet sheet = LimitSheet.parse(shipped);

    assertThat(sheet.rows()).hasSize(11);
    String same = sheet.with("maxDailyLoss", "standard", "50000000").text();
    assertThat(same).isEqualTo(shipped);
  }

  @Test
  void an_unknown_column_or_parameter_is_named() {
    LimitSheet sheet = LimitSheet.parse(TABLE);

    assertThatThrownBy(() -> sheet.with("maxDailyLoss", "aggressive", "1"))
        .hasMessageContaining("no column 'aggressive'");
    assertThatThrownBy(() -> sheet.with("maxWeeklyLoss", "standard", "1"))
        .hasMessageContaining("no parameter 'maxWeeklyLoss'");
  }
}
