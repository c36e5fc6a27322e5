package id.nusatrade.backtest.service;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.indicators.IndicatorRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts a tenant's backtests as background jobs and answers for them. A request is checked first
 * ({@link PreparedRun}: a bad strategy names its line, nothing is stored); then the run is stored
 * as QUEUED only if the tenant has fewer unfinished runs in this server process than its tier's
 * {@code concurrentBacktests} (checked by the store atomically, so the REST and the UI web
 * applications, each with its own service, share the limit), and handed to the executor (bounded: a
 * full queue refuses, nothing runs on the caller's thread). Progress is read from the job while
 * this service runs it, else as the job last stored it (every 5 %); the outcome is stored once. An
 * unfinished run of another server process was cut off by a restart: it reads as FAILED, and is
 * stored so.
 */
public final class BacktestService {
  static final String INTERRUPTED = "interrupted: the server stopped before the run finished";

  private final BacktestRuns runs;
  private final StoredBars stored;
  private final TenantRepository tenants;
  private final EntitlementCatalog catalog;
  private final Clock clock;
  private final Executor executor;
  private final BacktestModels models;
  private final IndicatorRegistry registry = IndicatorRegistry.standard();
  private final Map<BacktestId, BacktestJob> active = new ConcurrentHashMap<>();
  private final String process;

  /** A service without a model registry (a request naming a model is refused). */
  public BacktestService(
      BacktestRuns runs,
      StoredBars stored,
      TenantRepository tenants,
      EntitlementCatalog catalog,
      Clock clock,
      Executor executor) {
    this(runs, stored, tenants, catalog, clock, executor, BacktestModels.NONE);
  }

  /**
   * A service of this server process (its web applications share {@link #thisProcess()}) whose runs
   * may use the registry {@code models} the caller may see.
   */
  public BacktestService(
      BacktestRuns runs,
      StoredBars stored,
      TenantRepository tenants,
      EntitlementCatalog catalog,
      Clock clock,
      Executor executor,
      BacktestModels models) {
    this(runs, stored, tenants, catalog, clock, executor, models, thisProcess());
  }

  /** As a server process named {@code process} (tests: a restart is another name). */
  BacktestService(
      BacktestRuns runs,
      StoredBars stored,
      TenantRepository tenants,
      EntitlementCatalog catalog,
      Clock clock,
      Executor executor,
      BacktestModels models,
      String process) {
    this.process = process;
    this.models = models;
    this.runs = runs;
    this.stored = stored;
    this.tenants = tenants;
    this.catalog = catalog;
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * Checks and starts a run; returns it as stored (QUEUED).
   *
   * @throws InvalidBacktestException the request cannot run (names the field and line)
   * @throws BacktestLimitException the tenant runs as many as its tier allows
   * @throws BacktestQueueFullException every worker is busy and the queue is full
   */
  public BacktestRun submit(TenantId tenant, BacktestRequest request) {
    return submit(tenant, null, request);
  }

  /**
   * As {@link #submit(TenantId, BacktestRequest)} for {@code user}, who must be allowed to see the
   * request's model (if any).
   *
   * @throws InvalidBacktestException also when the model is unknown or not the user's to see
   */
  public BacktestRun submit(TenantId tenant, String user, BacktestRequest request) {
    java.nio.file.Path model = null;
    if (request.model() != null) {
      model =
          models
              .directory(tenant, user, request.model())
              .orElseThrow(
                  () ->
                      new InvalidBacktestException(
                          "model",
                          "model: no model "
                              + request.model()
                              + " among the models you may see (GET /api/v1/models)"));
    }
    PreparedRun prepared = PreparedRun.of(request, registry, model);
    FeedId feed = request.data() instanceof BarSource.Stored s ? feed(tenant, s) : null;
    Tier tier = tierOf(tenant);
    int limit = catalog.entitlementsOf(tier, clock.instant()).concurrentBacktests();
    BacktestRun run =
        BacktestRun.queued(
            BacktestId.random(),
            process,
            prepared.settings().strategy().name(),
            request.data().describe(),
            prepared.settings().fill().option(),
            clock.instant());
    BacktestJob job =
        new BacktestJob(
            tenant, run, prepared, request.data(), feed, runs, stored, clock, this::done);
    active.put(run.id(), job);
    try {
      if (!runs.insertWithin(tenant, run, limit)) {
        active.remove(run.id());
        throw new BacktestLimitException(tier, limit);
      }
      executor.execute(job);
    } catch (RejectedExecutionException e) {
      active.remove(run.id());
      runs.update(tenant, run.failed(clock.instant(), "refused: the backtest queue is full"));
      throw new BacktestQueueFullException(queueCapacity());
    } catch (RuntimeException e) {
      active.remove(run.id());
      throw e;
    }
    return run;
  }

  /** The tenant's run (progress as of now); empty for an unknown id or another tenant's. */
  public Optional<BacktestRun> find(TenantId tenant, BacktestId id) {
    return runs.find(tenant, id).map(run -> current(tenant, run));
  }

  /** The registry models {@code user} may run a backtest with. */
  public List<BacktestModels.Choice> models(TenantId tenant, String user) {
    return models.visibleTo(tenant, user);
  }

  /** Symbols whose stored bars the tenant may run on. */
  public List<String> symbols(TenantId tenant) {
    return stored.symbols(tenant);
  }

  /** The tenant's runs, newest first, without reports. */
  public List<BacktestRun> list(TenantId tenant) {
    List<BacktestRun> out = new ArrayList<>();
    for (BacktestRun run : runs.list(tenant)) {
      out.add(current(tenant, run));
    }
    return out;
  }

  /**
   * The name of this server process, shared by its web applications (a JVM-wide system property,
   * set once): a run stored under another name was started before the last restart.
   */
  public static String thisProcess() {
    return (String)
        System.getProperties()
            .computeIfAbsent(
                "nusatrade.backtest.process", k -> java.util.UUID.randomUUID().toString());
  }

  /** How many of the tenant's runs this service is running or has queued. */
  public int activeRuns(TenantId tenant) {
    return (int) active.values().stream().filter(j -> j.tenant().equals(tenant)).count();
  }

  private void done(BacktestId id) {
    active.remove(id);
  }

  private BacktestRun current(TenantId tenant, BacktestRun run) {
    if (run.status().finished()) {
      return run;
    }
    BacktestJob job = active.get(run.id());
    if (job != null) {
      return run.withProgress(job.progress());
    }
    if (run.process().equals(process)) {
      return run; // a sibling web application of this process runs it
    }
    BacktestRun interrupted = run.failed(clock.instant(), INTERRUPTED);
    runs.update(tenant, interrupted);
    return interrupted;
  }

  private FeedId feed(TenantId tenant, BarSource.Stored source) {
    if (source.symbol() == null || source.symbol().isBlank()) {
      throw new InvalidBacktestException("data", "data: symbol is required for stored bars");
    }
    if (source.from() != null && source.to() != null && !source.from().isBefore(source.to())) {
      throw new InvalidBacktestException("data", "data: from must be before to");
    }
    return stored
        .feed(tenant, source.symbol())
        .orElseThrow(
            () ->
                new InvalidBacktestException(
                    "data", "data: no terminal of this tenant streams symbol " + source.symbol()));
  }

  private Tier tierOf(TenantId tenant) {
    return tenants
        .findTenant(tenant, tenant)
        .map(Tenant::tier)
        .orElseThrow(() -> new NoSuchElementException("unknown tenant " + tenant));
  }

  private int queueCapacity() {
    return executor instanceof java.util.concurrent.ThreadPoolExecutor pool
        ? pool.getQueue().remainingCapacity() + pool.getQueue().size()
        : 0;
  }

  /** The timeframe stored bars are read at: the request's, else the strategy's. */
  static Timeframe timeframe(BarSource.Stored source, Timeframe strategy) {
    return source.timeframe() == null ? strategy : source.timeframe();
  }
}
