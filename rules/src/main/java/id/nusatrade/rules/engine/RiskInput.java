package id.nusatrade.rules.engine;

import id.nusatrade.rules.model.Account;
import id.nusatrade.rules.model.DailyPnl;
import id.nusatrade.rules.model.Exposure;
import id.nusatrade.rules.model.LossStreak;
import id.nusatrade.rules.model.MarketSession;
import id.nusatrade.rules.model.OrderIntent;
import id.nusatrade.rules.model.OrderRate;
import id.nusatrade.rules.model.RiskCheck;
import id.nusatrade.rules.model.RiskLimits;
import java.util.List;

/**
 * Everything the risk rules judge an order intent on; {@code dailyPnl} is null when the day's
 * P&amp;L is unknown (the daily-loss rule cannot fire).
 */
public record RiskInput(
    OrderIntent intent,
    Account account,
    Exposure exposure,
    DailyPnl dailyPnl,
    OrderRate orderRate,
    LossStreak lossStreak,
    MarketSession session)
    implements RuleInput {
  @Override
  public RuleArea area() {
    return RuleArea.RISK;
  }

  @Override
  public String limitsKey() {
    return account.riskProfile();
  }

  @Override
  public void addFacts(List<Object> facts, Object limits) {
    facts.add(
        new RiskCheck(
            intent,
            account,
            exposure,
            dailyPnl,
            orderRate,
            lossStreak,
            session,
            (RiskLimits) limits));
    facts.add(intent);
    facts.add(account);
    facts.add(exposure);
    if (dailyPnl != null) {
      facts.add(dailyPnl);
    }
    facts.add(orderRate);
    facts.add(lossStreak);
    facts.add(session);
    facts.add(limits);
  }
}
