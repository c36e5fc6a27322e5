package id.nusatrade.trading.check;

import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.PreTradeCheck;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RiskInput;
import id.nusatrade.rules.model.Account;
import id.nusatrade.rules.model.AccountMode;
import id.nusatrade.rules.model.DailyPnl;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Exposure;
import id.nusatrade.rules.model.LossStreak;
import id.nusatrade.rules.model.OrderRateWindow;
import id.nusatrade.rules.model.Reason;
import id.nusatrade.rules.model.Side;
import id.nusatrade.trading.automation.DecisionOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the live risk rules about an order intent. The price judged is the order's limit or stop
 * price, or the last quote on its side; with neither the intent is rejected (no notional can be
 * computed). Reasons come back as {@code CODE: message}; the rule set version as text. The day's
 * P&amp;L (in IDR, the unit of {@code maxDailyLoss}) and the loss streak come from the engine with
 * the request; when the day's P&amp;L is unknown (a currency traded today has no IDR rate) no daily
 * P&amp;L fact is given, so the daily-loss rule cannot act rather than judge a made-up zero or an
 * amount in another currency. Not yet fed: total exposure beyond the intent's symbol. Runs on the
 * engine's thread (the order-rate windows are single-writer).
 */
public final class RulesPreTradeCheck implements PreTradeCheck {
  private static final int RATE_CAPACITY = 256;
  private static final ZoneId TRADING_DAY = ZoneId.of("Asia/Jakarta");
  private final LiveRules risk;
  private final TradingCalendar calendar;
  private final RiskProfiles profiles;
  private final Clock clock;
  private final Map<AccountId, OrderRateWindow> rates = new HashMap<>();

  public RulesPreTradeCheck(
      LiveRules risk, TradingCalendar calendar, RiskProfiles profiles, Clock clock) {
    this.risk = risk;
    this.calendar = calendar;
    this.profiles = profiles;
    this.clock = clock;
  }

  @Override
  public PreTradeVerdict check(PreTradeRequest request) {
    OrderIntent intent = request.intent();
    BigDecimal price = price(request);
    if (price == null) {
      return new PreTradeVerdict(
          PreTradeOutcome.REJECT,
          List.of("NO_PRICE: no quote for " + intent.symbol() + " yet to value the order"),
          null);
    }
    OrderRateWindow rate =
        rates.computeIfAbsent(intent.account(), a -> new OrderRateWindow(clock, RATE_CAPACITY));
    Instant now = clock.instant();
    RiskProfiles.AccountRisk accountRisk = profiles.account(intent.account());
    RiskProfiles.Instrument instrument = profiles.instrument(intent.symbol());
    var facts =
        id.nusatrade.rules.model.OrderIntent.of(
            intent.account().toString(),
            intent.symbol(),
            instrument.market(),
            intent.side() == id.nusatrade.domain.trading.Side.BUY ? Side.BUY : Side.SELL,
            intent.quantity(),
            price,
            instrument.contractSize(),
            intent.protection().stopLoss(),
            DecisionOrders.automated(intent.clientOrderId()),
            now);
    BigDecimal position = request.position();
    BigDecimal symbolNotional = position.abs().multiply(price).multiply(instrument.contractSize());
    Account account =
        new Account(
            intent.account().toString(),
            id.nusatrade.rules.model.TradingState.valueOf(request.tradingState().name()),
            AccountMode.valueOf(request.mode().name()),
            accountRisk.equity(),
            request.liveTradesSoFar(),
            accountRisk.riskProfile());
    RiskInput input =
        new RiskInput(
            facts,
            account,
            Exposure.of(facts, position, symbolNotional, accountRisk.equity()),
            request.pnlTodayKnown()
                ? DailyPnl.of(
                    now.atZone(TRADING_DAY).toLocalDate(),
                    request.realisedPnlTodayIdr(),
                    request.unrealisedPnlTodayIdr())
                : null,
            rate.rate(),
            request.consecutiveLosses() == 0
                ? LossStreak.NONE
                : new LossStreak(request.consecutiveLosses(), request.lastLossAt()),
            calendar.session(instrument.market(), now));
    Decision decision = risk.evaluate(input);
    if (decision.outcome() != id.nusatrade.rules.model.Outcome.REJECT) {
      rate.record();
    }
    return verdict(decision, facts.notional());
  }

  private static BigDecimal price(PreTradeRequest request) {
    OrderIntent intent = request.intent();
    return switch (intent.type()) {
      case LIMIT -> intent.limitPrice();
      case STOP -> intent.stopPrice();
      case MARKET -> request.referencePrice();
    };
  }

  private static PreTradeVerdict verdict(Decision d, BigDecimal notional) {
    List<String> reasons = new ArrayList<>(d.reasons().size());
    for (Reason r : d.reasons()) {
      reasons.add(r.code() + ": " + r.message());
    }
    return new PreTradeVerdict(
        PreTradeOutcome.valueOf(d.outcome().name()),
        reasons,
        Long.toString(d.version()),
        d.newTradingState().map(s -> TradingState.valueOf(s.name())).orElse(null),
        notional);
  }
}
