package id.nusatrade.server.api;

import java.math.BigDecimal;

/** The body of {@code POST /orders} (API.md); the account defaults to the caller's first one. */
public class OrderRequest {
  public String clientOrderId;
  public String symbol;
  public String side;
  public BigDecimal quantity;
  public String type;
  public BigDecimal limitPrice;
  public BigDecimal stopPrice;
  public BigDecimal stopLoss;
  public BigDecimal takeProfit;
  public BigDecimal trailingStop;
  public String accountId;
}
