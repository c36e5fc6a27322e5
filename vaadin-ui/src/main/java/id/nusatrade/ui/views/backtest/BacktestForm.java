package id.nusatrade.ui.views.backtest;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.run.Analysis;
import id.nusatrade.backtest.service.BacktestModels;
import id.nusatrade.backtest.service.BacktestRequest;
import id.nusatrade.backtest.service.BarSource;
import id.nusatrade.backtest.strategy.Examples;
import id.nusatrade.domain.market.Timeframe;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What to run: the strategy (the example to start from), the bars (the tenant's stored bars of a
 * symbol, or an uploaded CSV), costs and fill, a registry model the trader may see, a parameter
 * search (objective, walk-forward folds, held-out share) and the look-ahead check. Start fires a
 * {@link StartEvent} with the request; the view hands it to the service and shows the answer with
 * {@link #showError}.
 */
public class BacktestForm extends VerticalLayout {
  /** Where the bars come from. */
  public enum Source {
    STORED,
    UPLOAD
  }

  /** The trader asked to start this run. */
  public static final class StartEvent extends ComponentEvent<BacktestForm> {
    private final BacktestRequest request;

    StartEvent(BacktestForm form, BacktestRequest request) {
      super(form, false);
      this.request = request;
    }

    public BacktestRequest request() {
      return request;
    }
  }

  final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
  final ComboBox<String> symbol = new ComboBox<>();
  final Select<Timeframe> timeframe = new Select<>();
  final Upload upload;
  final Span uploaded = new Span();
  final TextArea strategy = new TextArea();
  final TextArea costs = new TextArea();
  final Select<String> fill = new Select<>();
  final ComboBox<BacktestModels.Choice> model = new ComboBox<>();
  final Checkbox optimize = new Checkbox();
  final Select<Objective> objective = new Select<>();
  final IntegerField folds = new IntegerField();
  final NumberField holdOut = new NumberField();
  final Checkbox checkLookahead = new Checkbox();
  final Button start = new Button();
  final Span error = new Span();
  private volatile String csv;

  public BacktestForm(List<String> symbols) {
    this(symbols, List.of());
  }

  public BacktestForm(List<String> symbols, List<BacktestModels.Choice> models) {
    setPadding(false);
    source.setItems(Source.values());
    source.setValue(symbols.isEmpty() ? Source.UPLOAD : Source.STORED);
    source.setId("backtest-source");
    symbol.setItems(symbols);
    symbol.setId("backtest-symbol");
    if (!symbols.isEmpty()) {
      symbol.setValue(symbols.getFirst());
    }
    timeframe.setItems(Timeframe.values());
    timeframe.setEmptySelectionAllowed(true);
    timeframe.setId("backtest-timeframe");
    upload =
        new Upload(
            UploadHandler.inMemory(
                (meta, bytes) ->
                    useUpload(meta.fileName(), new String(bytes, StandardCharsets.UTF_8))));
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setMaxFiles(1);
    upload.setId("backtest-upload");
    uploaded.setId("backtest-uploaded");
    strategy.setValue(Examples.text(Examples.SMA_CROSS));
    strategy.setWidthFull();
    strategy.setMinHeight("14em");
    strategy.setId("backtest-strategy");
    strategy.getStyle().set("font-family", "monospace");
    costs.setValue("none");
    costs.setWidthFull();
    costs.setId("backtest-costs");
    fill.setItems("next-open", "close");
    fill.setValue("next-open");
    fill.setId("backtest-fill");
    model.setItems(models);
    model.setItemLabelGenerator(BacktestModels.Choice::label);
    model.setClearButtonVisible(true);
    model.setId("backtest-model");
    optimize.setId("backtest-optimize");
    objective.setItems(Objective.values());
    objective.setItemLabelGenerator(Objective::option);
    objective.setValue(Objective.SHARPE);
    objective.setId("backtest-objective");
    Analysis.Optimization defaults = Analysis.Optimization.defaults();
    folds.setValue(defaults.folds());
    folds.setMin(1);
    folds.setMax(20);
    folds.setId("backtest-folds");
    holdOut.setValue(defaults.holdOut());
    holdOut.setStep(0.05);
    holdOut.setId("backtest-holdout");
    checkLookahead.setId("backtest-lookahead");
    optimize.addValueChangeListener(e -> showSearch());
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setId("backtest-start");
    start.addClickListener(
        e -> {
          try {
            fireEvent(new StartEvent(this, request()));
          } catch (IllegalArgumentException bad) {
            showError(bad.getMessage());
          }
        });
    error.setId("backtest-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    source.addValueChangeListener(e -> showSource());
    add(
        source,
        new HorizontalLayout(symbol, timeframe),
        new HorizontalLayout(upload, uploaded),
        strategy,
        new HorizontalLayout(costs, fill),
        model,
        new HorizontalLayout(optimize, objective, folds, holdOut),
        checkLookahead,
        start,
        error);
    showSource();
    showSearch();
  }

  private void showSearch() {
    boolean on = optimize.getValue();
    objective.setVisible(on);
    folds.setVisible(on);
    holdOut.setVisible(on);
  }

  /** The search the form asks for (null: none); a setting out of range names itself. */
  private Analysis.Optimization optimization() {
    if (!optimize.getValue()) {
      return null;
    }
    Analysis.Optimization defaults = Analysis.Optimization.defaults();
    return new Analysis.Optimization(
        objective.getValue() == null ? defaults.objective() : objective.getValue(),
        folds.getValue() == null ? defaults.folds() : folds.getValue(),
        holdOut.getValue() == null ? defaults.holdOut() : holdOut.getValue());
  }

  /** An uploaded file's text (what the upload handler receives). */
  void useUpload(String fileName, String text) {
    csv = text;
    getUI()
        .ifPresentOrElse(
            ui -> ui.access(() -> uploaded.setText(fileName)), () -> uploaded.setText(fileName));
  }

  BacktestRequest request() {
    BarSource data =
        source.getValue() == Source.UPLOAD
            ? (csv == null ? null : new BarSource.Upload(csv))
            : (symbol.getValue() == null
                ? null
                : new BarSource.Stored(symbol.getValue(), timeframe.getValue(), null, null));
    return new BacktestRequest(
        strategy.getValue(),
        data,
        costs.getValue(),
        fill.getValue(),
        null,
        model.getValue() == null ? null : model.getValue().id(),
        new Analysis(optimization(), checkLookahead.getValue()));
  }

  public void showError(String message) {
    error.setText(message == null ? "" : message);
  }

  private void showSource() {
    boolean stored = source.getValue() == Source.STORED;
    symbol.setVisible(stored);
    timeframe.setVisible(stored);
    upload.setVisible(!stored);
    uploaded.setVisible(!stored);
  }

  /** Labels in the UI's language. */
  void translate(java.util.function.Function<String, String> t) {
    source.setLabel(t.apply("backtest.data"));
    source.setItemLabelGenerator(
        s -> t.apply(s == Source.STORED ? "backtest.data.stored" : "backtest.data.upload"));
    symbol.setLabel(t.apply("backtest.symbol"));
    timeframe.setLabel(t.apply("backtest.timeframe"));
    timeframe.setEmptySelectionCaption(t.apply("backtest.timeframe.strategy"));
    strategy.setLabel(t.apply("backtest.strategy"));
    costs.setLabel(t.apply("backtest.costs"));
    fill.setLabel(t.apply("backtest.fill"));
    model.setLabel(t.apply("backtest.model"));
    optimize.setLabel(t.apply("backtest.optimize"));
    objective.setLabel(t.apply("backtest.objective"));
    folds.setLabel(t.apply("backtest.folds"));
    holdOut.setLabel(t.apply("backtest.holdout"));
    checkLookahead.setLabel(t.apply("backtest.lookahead"));
    start.setText(t.apply("backtest.start"));
  }

  public Registration addStartListener(ComponentEventListener<StartEvent> listener) {
    return addListener(StartEvent.class, listener);
  }
}
