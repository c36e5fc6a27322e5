package id.nusatrade.ui.views.trading;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.application.TradingDesk.AccountPosition;
import id.nusatrade.trading.engine.ModeChangeRefusedException;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The trader's trading page. The tenant is the signed-in user's; {@link TradingDesk} and the engine
 * decide, this page only shows and forwards. Positions' P&amp;L follows the quotes (the page
 * polls).
 */
@Route(value = "trading", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class TradingView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  static final int POLL_MILLIS = 2_000;

  private final Optional<TenantId> tenant;
  private final TradingDesk desk;
  private final H2 heading = new H2();
  final Select<Account> account = new Select<>();
  final Span accountState = new Span();
  final Select<TradingState> killSwitch = new Select<>();
  final Button applyState = new Button();
  final Button switchMode = new Button();
  final Span accountError = new Span();
  // the wire carries at most 31 characters: "ui-" and 28 random hex digits (112 bits)
  final OrderTicket ticket =
      new OrderTicket(() -> "ui-" + UUID.randomUUID().toString().replace("-", "").substring(0, 28));
  private final H3 ordersHeading = new H3();
  final Grid<OrderView> orders = new Grid<>();
  private final H3 positionsHeading = new H3();
  final Grid<AccountPosition> positions = new Grid<>();
  final Button closeAll = new Button();
  private final List<Grid.Column<OrderView>> orderColumns;
  private final List<Grid.Column<AccountPosition>> positionColumns;
  private Registration polling;

  @Inject
  public TradingView(CurrentUser currentUser, TradingDesk desk) {
    this.tenant = currentUser.get().map(SignedInUser::tenantId);
    this.desk = desk;
    setId("trading");
    account.setId("trading-account");
    account.setItemLabelGenerator(a -> a.id().toString().substring(0, 8) + " · " + a.mode());
    account.addValueChangeListener(e -> showAccount());
    killSwitch.setId("trading-kill-switch");
    killSwitch.setItems(TradingState.values());
    applyState.setId("trading-state-apply");
    applyState.addClickListener(e -> applyTradingState());
    switchMode.setId("trading-mode");
    switchMode.addClickListener(e -> confirmModeSwitch());
    accountError.setId("account-error");
    ticket.addSubmitListener(e -> submit(e.intent()));
    orders.setId("trading-orders");
    orders.setAllRowsVisible(true);
    orderColumns =
        List.of(
            orders.addColumn(o -> o.intent().clientOrderId().value()),
            orders.addColumn(o -> o.intent().symbol()),
            orders.addColumn(o -> o.intent().side() + " " + o.intent().type()),
            orders.addColumn(o -> plain(o.intent().quantity())),
            orders.addColumn(o -> o.state().name()),
            orders.addColumn(o -> plain(o.filledQuantity()) + " @ " + plain(o.averagePrice())),
            orders.addColumn(o -> String.join("; ", o.reasons())));
    orders.addComponentColumn(this::cancelButton);
    positions.setId("trading-positions");
    positions.setAllRowsVisible(true);
    positionColumns =
        List.of(
            positions.addColumn(p -> p.position().symbol()),
            positions.addColumn(p -> plain(p.position().quantity())),
            positions.addColumn(p -> plain(p.position().averagePrice())),
            positions.addColumn(p -> plain(p.position().markPrice())),
            positions.addColumn(p -> plain(p.position().unrealisedPnl())),
            positions.addColumn(p -> plain(p.position().realisedPnl())),
            positions.addColumn(p -> plain(p.position().commissions())),
            positions.addColumn(p -> plain(p.position().swaps())));
    closeAll.setId("trading-close-all");
    closeAll.addClickListener(e -> confirmCloseAll());
    add(
        heading,
        new HorizontalLayout(account, accountState, killSwitch, applyState, switchMode),
        accountError,
        ticket,
        ordersHeading,
        orders,
        positionsHeading,
        positions,
        closeAll);
    List<Account> accounts = tenant.map(desk::accounts).orElse(List.of());
    account.setItems(accounts);
    if (!accounts.isEmpty()) {
      account.setValue(accounts.getFirst());
    }
  }

  private Optional<Account> selected() {
    return Optional.ofNullable(account.getValue());
  }

  /** Reads accounts, orders and positions again (a poll, an action). */
  void refresh() {
    if (tenant.isEmpty()) {
      return;
    }
    Optional<Account> current = selected();
    List<Account> accounts = desk.accounts(tenant.get());
    account.setItems(accounts);
    current
        .flatMap(c -> accounts.stream().filter(a -> a.id().equals(c.id())).findFirst())
        .or(() -> accounts.stream().findFirst())
        .ifPresent(account::setValue);
    showAccount();
  }

  private void showAccount() {
    selected()
        .ifPresent(
            a -> {
              accountState.setText(a.mode() + " · " + a.tradingState());
              killSwitch.setValue(a.tradingState());
              switchMode.setText(
                  getTranslation(
                      a.mode() == AccountMode.PAPER ? "trading.toLive" : "trading.toPaper"));
              ticket.account(a.id());
              orders.setItems(desk.orders(tenant.get(), Optional.of(a.id())));
              positions.setItems(desk.positions(tenant.get(), Optional.of(a.id())));
            });
  }

  private void applyTradingState() {
    selected()
        .ifPresent(
            a -> {
              desk.tradingState(tenant.get(), a.id(), killSwitch.getValue());
              accountError.setText("");
              refresh();
            });
  }

  private void confirmModeSwitch() {
    selected()
        .ifPresent(
            a -> {
              AccountMode target =
                  a.mode() == AccountMode.PAPER ? AccountMode.LIVE : AccountMode.PAPER;
              new Confirmation(
                      "mode-confirm",
                      getTranslation("trading.confirmMode", target),
                      getTranslation("trading.yes"),
                      getTranslation("trading.no"),
                      () -> switchMode(a, target))
                  .open();
            });
  }

  private void switchMode(Account a, AccountMode target) {
    try {
      desk.mode(tenant.get(), a.id(), target);
      accountError.setText("");
    } catch (ModeChangeRefusedException e) {
      accountError.setText(e.getMessage());
    }
    refresh();
  }

  private void submit(id.nusatrade.domain.trading.OrderIntent intent) {
    try {
      TradingDesk.Submitted result = desk.submit(tenant.get(), intent);
      OrderState state = result.order().state();
      ticket.showError(
          state == OrderState.REJECTED
              ? getTranslation("trading.rejected")
                  + " "
                  + String.join("; ", result.order().reasons())
              : state == OrderState.PENDING_APPROVAL
                  ? getTranslation("trading.pendingApproval")
                      + " "
                      + String.join("; ", result.order().reasons())
                  : null);
    } catch (IllegalArgumentException e) {
      ticket.showError(e.getMessage());
    }
    refresh();
  }

  private Button cancelButton(OrderView o) {
    Button b = new Button(getTranslation("trading.cancel"));
    b.setId("cancel-" + o.id());
    b.setVisible(o.state().working() || o.state() == OrderState.PENDING_APPROVAL);
    b.addClickListener(
        e -> {
          try {
            desk.cancel(tenant.get(), o.id());
          } catch (IllegalStateException refused) {
            accountError.setText(refused.getMessage());
          }
          refresh();
        });
    return b;
  }

  private void confirmCloseAll() {
    selected()
        .ifPresent(
            a ->
                new Confirmation(
                        "close-all-confirm",
                        getTranslation("trading.confirmCloseAll"),
                        getTranslation("trading.yes"),
                        getTranslation("trading.no"),
                        () -> {
                          desk.closeAll(tenant.get(), Optional.of(a.id()));
                          refresh();
                        })
                    .open());
  }

  private static String plain(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
    event.getUI().setPollInterval(POLL_MILLIS);
    polling = event.getUI().addPollListener(e -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
      polling = null;
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.trading"));
    account.setLabel(getTranslation("trading.account"));
    killSwitch.setLabel(getTranslation("trading.killSwitch"));
    applyState.setText(getTranslation("trading.applyState"));
    ordersHeading.setText(getTranslation("trading.orders"));
    positionsHeading.setText(getTranslation("trading.positions"));
    closeAll.setText(getTranslation("trading.closeAll"));
    ticket.translate(this::getTranslation);
    String[] orderHeaders = {
      "clientOrderId", "symbol", "type", "quantity", "state", "filled", "reasons"
    };
    for (int i = 0; i < orderHeaders.length; i++) {
      orderColumns.get(i).setHeader(getTranslation("trading.order." + orderHeaders[i]));
    }
    String[] positionHeaders = {
      "symbol", "quantity", "averagePrice", "mark", "unrealised", "realised", "commissions", "swaps"
    };
    for (int i = 0; i < positionHeaders.length; i++) {
      positionColumns.get(i).setHeader(getTranslation("trading.position." + positionHeaders[i]));
    }
    showAccount();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.trading") + " · Nusatrade";
  }
}
