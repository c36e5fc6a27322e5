package id.nusatrade.backtest.service;

import java.math.BigDecimal;

/**
 * What a trader asks to run: the strategy file's text, the bars, the costs file's text ({@code
 * null}, blank or {@code none}: no costs), the fill mode ({@code next-open} or {@code close};
 * {@code null}: next-open) and the initial equity ({@code null}: the CLI's default).
 */
public record BacktestRequest(
    String strategy, BarSource data, String costs, String fill, BigDecimal equity) {}
