//+------------------------------------------------------------------+
//| NusatradeBridge.mq5 - streams ticks to the Nusatrade gateway and |
//| executes its ORDER commands behind local safety limits.          |
//| Protocol: docs/mt5-protocol.md, which tables what this EA and    |
//| its Java twin id.nusatrade.gateway.sim.SimulatedExpertAdvisor do |
//| on each event. Offsets come from Include/Nusatrade/              |
//| FrameLayout.mqh, generated from the Java FrameLayout.            |
//| MQL5 cannot listen: this EA dials out to the gateway over TCP.   |
//+------------------------------------------------------------------+
#property copyright "Nusatrade"
#property version   "1.10"

#include <Trade\Trade.mqh>
#include <Nusatrade\Protocol.mqh>
#include <Nusatrade\UnackedRing.mqh>
#include <Nusatrade\Safety.mqh>

input string InpGatewayHost     = "127.0.0.1";   // gateway host (must be allowed in Tools > Options > Expert Advisors)
input int    InpGatewayPort     = 7788;          // gateway port
input string InpTenantId        = "";            // tenant id (UUID) from the Nusatrade web UI
input string InpApiKey          = "";            // terminal API key from the Nusatrade web UI
input string InpSymbols         = "";            // symbols to stream, comma separated (empty = chart symbol)
input string InpAllowedSymbols  = "";            // symbols orders may use (empty = any)
input double InpMaxLots         = 0.10;          // largest volume of one order, lots
input int    InpMaxOpenOrders   = 5;             // open positions + pending orders allowed
input int    InpHeartbeatMs     = 5000;          // heartbeat interval until the gateway's WELCOME states its own
input int    InpTimerMs         = 100;           // timer period: command polling, other symbols
input int    InpUnackedCapacity = 8192;          // frames kept for resend after reconnect
input int    InpBackoffMaxMs    = 30000;         // longest wait between reconnect attempts
input int    InpRefusedRetryMin = 10;            // wait after AUTH_FAILED / TERMINAL_DISABLED, minutes
input long   InpMagic           = 770077;        // magic number on our orders

#define NT_BACKOFF_START 250   // first reconnect wait, ms
#define NT_TICK_BATCH    1000  // new ticks asked from CopyTicks per symbol and pump
#define NT_REPORT_RESERVE 16   // ring slots ticks may not take: kept for execution reports

CNtUnackedRing g_ring;
CTrade         g_trade;
int    g_socket = INVALID_HANDLE;
bool   g_open;                 // WELCOME received on this connection
bool   g_stopped;              // refused for good (UNSUPPORTED_VERSION, SUPERSEDED)
int    g_welcomes;             // WELCOMEs since OnInit: the first one may renumber the ring
long   g_acked;                // last sequence the gateway acknowledged
long   g_lastOrderSeq;         // last ORDER sequence received (our cumulative ACK)
ulong  g_nextAttempt;          // GetTickCount64() of the next connect attempt
int    g_backoffMs;
bool   g_healthy;              // this connection lived one heartbeat: backoff reset
ulong  g_welcomedAt;
ulong  g_lastSent;
ulong  g_lastHeard;
int    g_heartbeatMs;          // WELCOME's interval (InpHeartbeatMs before it)
int    g_maxFrame;             // WELCOME's frame limit
long   g_deferred;             // pumps that stopped because the unacked ring was full
uchar  g_in[];                 // receive buffer, two frames of the gateway's limit
int    g_inLen;
string g_symbols[];
bool   g_muted[];              // the gateway refused the symbol: no longer streamed
long   g_lastMsc[];            // newest tick time (server ms) sent per symbol
int    g_sentAtMsc[];          // ticks already sent with exactly that time

//+------------------------------------------------------------------+
//| OnInit runs again on an input or chart change without unloading: |
//| every global is set here, none is trusted from a previous run.   |
//+------------------------------------------------------------------+
int OnInit()
  {
   g_socket = INVALID_HANDLE;
   if(!NtValidAscii(InpTenantId, NT_TENANT_WIDTH, false) || !NtValidAscii(InpApiKey, NT_API_KEY_WIDTH, false))
     {
      Print("Nusatrade: set InpTenantId and InpApiKey as shown in the web UI (printable ASCII, no spaces)");
      return INIT_PARAMETERS_INCORRECT;
     }
   if(!LoadSymbols(StringLen(InpSymbols) == 0 ? _Symbol : InpSymbols))
      return INIT_PARAMETERS_INCORRECT;
   g_open = false;
   g_stopped = false;
   g_welcomes = 0;
   g_acked = 0;
   // the ORDER sequence survives a terminal restart (terminal global variable): a resent ORDER
   // is never executed again as a new one
   g_lastOrderSeq = (long)GlobalVariableGet(OrderSeqVariable());
   g_nextAttempt = 0;
   g_backoffMs = NT_BACKOFF_START;
   g_healthy = false;
   g_lastSent = 0;
   g_lastHeard = 0;
   g_heartbeatMs = InpHeartbeatMs;
   g_maxFrame = NT_DEFAULT_MAX_FRAME;
   g_deferred = 0;
   g_inLen = 0;
   ArrayResize(g_in, 2 * g_maxFrame);
   g_ring.Init(InpUnackedCapacity);
   g_trade.SetExpertMagicNumber(InpMagic);
   EventSetMillisecondTimer(InpTimerMs);
   return INIT_SUCCEEDED;
  }

// Keeps the symbols the gateway can take (its rule: 1-31 printable ASCII characters, no spaces);
// names the others once. False when none is left.
bool LoadSymbols(string list)
  {
   string parts[];
   int n = StringSplit(list, ',', parts);
   ArrayResize(g_symbols, 0);
   for(int i = 0; i < n; i++)
     {
      string symbol = parts[i];
      StringTrimLeft(symbol);
      StringTrimRight(symbol);
      if(StringLen(symbol) == 0) continue;
      if(!NtValidAscii(symbol, NT_SYMBOL_WIDTH, false))
        {
         PrintFormat("Nusatrade: symbol '%s' not streamed: the protocol takes 1-%d printable ASCII characters (no spaces)",
                     symbol, NT_SYMBOL_WIDTH - 1);
         continue;
        }
      if(!SymbolSelect(symbol, true))
        {
         PrintFormat("Nusatrade: symbol '%s' not streamed: not in this terminal's Market Watch (error %d)", symbol, GetLastError());
         continue;
        }
      int k = ArraySize(g_symbols);
      ArrayResize(g_symbols, k + 1);
      g_symbols[k] = symbol;
     }
   int count = ArraySize(g_symbols);
   ArrayResize(g_muted, count);
   ArrayResize(g_lastMsc, count);
   ArrayResize(g_sentAtMsc, count);
   for(int i = 0; i < count; i++)
     {
      g_muted[i] = false;
      g_lastMsc[i] = (long)TimeCurrent() * 1000;   // stream from now on, not history
      g_sentAtMsc[i] = 0;
     }
   if(count == 0) Print("Nusatrade: no symbol left to stream; check InpSymbols");
   return count > 0;
  }

void OnDeinit(const int reason)
  {
   EventKillTimer();
   Disconnect("EA removed", 0);
  }

//+------------------------------------------------------------------+
//| OnTick: the chart symbol has news - send every symbol's new ticks |
//+------------------------------------------------------------------+
void OnTick()
  {
   PumpTicks();
  }

//+------------------------------------------------------------------+
//| OnTimer: reconnect, read ACK/ORDER/HEARTBEAT, heartbeat, pump    |
//+------------------------------------------------------------------+
void OnTimer()
  {
   if(g_stopped) return;
   if(g_socket == INVALID_HANDLE)
     {
      if(GetTickCount64() >= g_nextAttempt) Connect();
      return;
     }
   if(!ReadFrames()) return;
   ulong now = GetTickCount64();
   if(g_open && !g_healthy && now - g_welcomedAt >= (ulong)g_heartbeatMs)
     {
      g_healthy = true;                    // only a connection that lasted resets the backoff,
      g_backoffMs = NT_BACKOFF_START;      // so a refusal right after WELCOME cannot loop at 250 ms
     }
   if(now - g_lastHeard > (ulong)(3 * g_heartbeatMs))
     {
      Disconnect(g_open ? "gateway silent for three heartbeats" : "no WELCOME", NextBackoff());
      return;
     }
   if(g_open && now - g_lastSent > (ulong)(g_heartbeatMs / 2))
     {
      uchar hb[];
      NtEncodeValue(hb, NT_FRAME_HEARTBEAT, (long)TimeGMT() * 1000);
      SendRaw(hb, NT_HEARTBEAT_LENGTH);
     }
   PumpTicks();
  }

//+------------------------------------------------------------------+
//| Ticks: CopyTicks from the newest millisecond sent, per symbol.   |
//| Several ticks can share a millisecond: CopyTicks returns those   |
//| already sent first again, so ask for that many more and skip     |
//| exactly them (counted before the loop: sending moves the cursor).|
//| Time goes out as UTC milliseconds (MT5 stamps server time).      |
//+------------------------------------------------------------------+
void PumpTicks()
  {
   if(g_stopped) return;
   long serverOffsetMs = NtServerOffsetMs();
   for(int s = 0; s < ArraySize(g_symbols); s++)
     {
      if(g_muted[s]) continue;
      MqlTick ticks[];
      long fromMsc = g_lastMsc[s];
      int already = g_sentAtMsc[s];
      int n = CopyTicks(g_symbols[s], ticks, COPY_TICKS_INFO, (ulong)fromMsc, (uint)(already + NT_TICK_BATCH));
      int first = 0;
      while(first < n && first < already && ticks[first].time_msc == fromMsc) first++;
      for(int i = first; i < n; i++)
        {
         if(!SendTick(s, ticks[i], serverOffsetMs)) return;
         if(ticks[i].time_msc == g_lastMsc[s]) g_sentAtMsc[s]++;
         else { g_lastMsc[s] = ticks[i].time_msc; g_sentAtMsc[s] = 1; }
        }
     }
  }

bool SendTick(int s, const MqlTick &t, long serverOffsetMs)
  {
   if(g_ring.TicksFull(NT_REPORT_RESERVE))
     {
      // Unlike the Java twin (which waits), OnTick must never block: stop this pump; the cursor
      // stays put, so the next pump copies these ticks again once ACKs freed the ring.
      g_deferred++;
      return false;
     }
   uchar frame[];
   if(!NtEncodeTick(frame, g_ring.Next(), g_symbols[s], t.time_msc - serverOffsetMs, t.bid, t.ask, t.last,
                    (long)t.volume, (int)t.flags))
      return false;   // cannot happen: LoadSymbols kept only valid names
   return CommitAndSend(frame, NT_TICK_LENGTH);
  }

// Every reliable frame goes through here: into the ring (resent until acknowledged), then out.
bool CommitAndSend(uchar &frame[], int length)
  {
   if(length > g_maxFrame)
     {
      // the gateway would answer FRAME_TOO_LARGE on every resend: refuse it here, once, clearly
      PrintFormat("Nusatrade: a frame of %d bytes exceeds the gateway's limit of %d bytes and is not sent", length, g_maxFrame);
      return false;
     }
   g_ring.Commit(frame, length);
   if(g_open) SendRaw(frame, length);   // otherwise resent after the next WELCOME
   return true;
  }

//+------------------------------------------------------------------+
//| Connection: HELLO, wait for WELCOME, resend what was not acked.  |
//+------------------------------------------------------------------+
void Connect()
  {
   g_socket = SocketCreate();
   if(g_socket == INVALID_HANDLE || !SocketConnect(g_socket, InpGatewayHost, InpGatewayPort, 3000))
     {
      Disconnect("connect failed, error " + IntegerToString(GetLastError()), NextBackoff());
      return;
     }
   uchar hello[];
   NtEncodeHello(hello, InpTenantId, AccountInfoInteger(ACCOUNT_LOGIN), InpApiKey, g_lastOrderSeq,
                 (int)TerminalInfoInteger(TERMINAL_BUILD));
   g_inLen = 0;
   g_open = false;
   g_heartbeatMs = InpHeartbeatMs;      // the handshake waits three of ours
   g_lastHeard = GetTickCount64();
   SendRaw(hello, NT_HELLO_LENGTH);
  }

void OnWelcome(int at)
  {
   int heartbeatMs = NtGetInt(g_in, at + NT_WELCOME_HEARTBEAT_MILLIS);
   int maxFrame = NtGetInt(g_in, at + NT_WELCOME_MAX_FRAME);
   long lastAcked = NtGetLong(g_in, at + NT_WELCOME_LAST_ACKED);
   g_heartbeatMs = heartbeatMs > 0 ? heartbeatMs : InpHeartbeatMs;
   g_maxFrame = maxFrame >= NT_HELLO_LENGTH ? maxFrame : NT_DEFAULT_MAX_FRAME;
   if(ArraySize(g_in) < 2 * g_maxFrame) ArrayResize(g_in, 2 * g_maxFrame);
   // A new EA instance (terminal restart, input or chart change) numbers from 1, but the gateway
   // remembers this terminal's last sequence and would drop 1..n as resends: continue after it.
   // A gateway that holds less than it acknowledged (journal lost) would see a gap: same remedy.
   if((g_welcomes == 0 && lastAcked >= g_ring.First()) || lastAcked < g_ring.First() - 1)
     {
      g_ring.RenumberFrom(lastAcked + 1);
      g_acked = lastAcked;
     }
   else
      Acked(lastAcked);
   g_welcomes++;
   g_open = true;
   g_healthy = false;
   g_welcomedAt = GetTickCount64();
   uchar frame[];
   for(long seq = g_ring.First(); seq < g_ring.Next(); seq++)
     {
      int len = g_ring.Frame(seq, frame);
      if(!SendRaw(frame, len)) return;
     }
   PrintFormat("Nusatrade: connected, gateway has up to #%I64d, sent %I64d pending frames, heartbeat %d ms, frame limit %d, deferred pumps %I64d",
               lastAcked, g_ring.Next() - g_ring.First(), g_heartbeatMs, g_maxFrame, g_deferred);
  }

void Acked(long seq)
  {
   if(seq > g_acked) { g_acked = seq; g_ring.Release(seq); }
  }

// The gateway sent PROTOCOL_ERROR and closes the connection. What to do is generated from the Java
// ErrorCode table (NtErrorReaction), so both EAs react alike.
void OnRefused(int code, long relatedSeq, string message)
  {
   string what = NtErrorName(code) + ": " + message;
   switch(NtErrorReaction(code))
     {
      case NT_REACT_STOP:
         g_stopped = true;
         Disconnect(what, 0);
         Alert("Nusatrade: the gateway refused this EA for good (", what, "). ",
               code == NT_ERR_SUPERSEDED ? "Another EA streams this terminal; keep one."
                                         : "Install the EA version the gateway supports.",
               " The EA stops.");
         ExpertRemove();
         break;
      case NT_REACT_WAIT_LONG:
         Disconnect(what, (ulong)InpRefusedRetryMin * 60000);
         Alert("Nusatrade: the gateway refused this terminal (", what, "). Check InpTenantId, InpApiKey and that ",
               "the terminal is enabled in the web UI. Next attempt in ", InpRefusedRetryMin, " min.");
         break;
      case NT_REACT_MUTE_SYMBOL:
         MuteSymbolOf(relatedSeq);
         Disconnect(what, NextBackoff());
         break;
      default:
         Disconnect(what, NextBackoff());
     }
  }

// The refused frame is our tick: stop streaming its symbol and drop its pending ticks, or every
// resend would be refused again (a reconnect loop forever).
void MuteSymbolOf(long seq)
  {
   if(!g_ring.HoldsTick(seq)) return;
   string symbol = g_ring.SymbolOf(seq);
   int dropped = g_ring.DropTicksLike(seq);
   for(int i = 0; i < ArraySize(g_symbols); i++)
      if(g_symbols[i] == symbol) g_muted[i] = true;
   PrintFormat("Nusatrade: the gateway refuses symbol '%s': no longer streamed, %d pending ticks dropped; remove it from InpSymbols",
               symbol, dropped);
  }

ulong NextBackoff()
  {
   ulong wait = (ulong)g_backoffMs;
   g_backoffMs = g_backoffMs * 2 > InpBackoffMaxMs ? InpBackoffMaxMs : g_backoffMs * 2;
   return wait;
  }

void Disconnect(string why, ulong waitMs)
  {
   if(g_socket != INVALID_HANDLE)
     {
      SocketClose(g_socket);
      PrintFormat("Nusatrade: disconnected (%s), next attempt in %I64u ms", why, waitMs);
     }
   g_socket = INVALID_HANDLE;
   g_open = false;
   g_inLen = 0;
   g_nextAttempt = GetTickCount64() + waitMs;
  }

bool SendRaw(uchar &frame[], int length)
  {
   if(g_socket == INVALID_HANDLE) return false;
   if(SocketSend(g_socket, frame, (uint)length) != length)
     {
      Disconnect("send failed, error " + IntegerToString(GetLastError()), NextBackoff());
      return false;
     }
   g_lastSent = GetTickCount64();
   return true;
  }

//+------------------------------------------------------------------+
//| Inbound frames: WELCOME, ACK, HEARTBEAT, ORDER, PROTOCOL_ERROR.  |
//| SocketIsReadable returns 0 both for "nothing yet" and on error,  |
//| and SocketRead returns -1 on its timeout as on a failure: only   |
//| error 5273 (ERR_NETSOCKET_IO_ERROR) or a closed socket is dead.  |
//| False when the connection is gone.                               |
//+------------------------------------------------------------------+
bool ReadFrames()
  {
   uint avail = SocketIsReadable(g_socket);
   if(avail == 0)
     {
      if(!SocketIsConnected(g_socket))
        {
         Disconnect("gateway closed the connection", NextBackoff());
         return false;
        }
      return true;
     }
   uint room = (uint)(ArraySize(g_in) - g_inLen);
   uchar chunk[];
   ResetLastError();
   int n = SocketRead(g_socket, chunk, avail < room ? avail : room, 10);
   if(n < 0)
     {
      int err = GetLastError();
      if(err == ERR_NETSOCKET_IO_ERROR || !SocketIsConnected(g_socket))
        {
         Disconnect("read failed, error " + IntegerToString(err), NextBackoff());
         return false;
        }
      return true;   // a timeout: what is unread stays in the socket for the next timer
     }
   ArrayCopy(g_in, chunk, g_inLen, 0, n);
   g_inLen += n;
   g_lastHeard = GetTickCount64();
   return ParseFrames();
  }

bool ParseFrames()
  {
   int at = 0;
   while(g_inLen - at >= NT_SEQ)   // length and type lie before the sequence field
     {
      int len = NtGetInt(g_in, at + NT_LENGTH);
      int type = NtGetByte(g_in, at + NT_TYPE);
      if(NtFixedLength(type) != len)   // everything the gateway sends has a fixed length
        {
         Disconnect("malformed frame from gateway (type " + IntegerToString(type) + ", length " + IntegerToString(len) + ")",
                    NextBackoff());
         return false;
        }
      if(g_inLen - at < len) break;
      if(!HandleFrame(type, at)) return false;
      at += len;
     }
   if(at > 0)
     {
      ArrayCopy(g_in, g_in, 0, at, g_inLen - at);
      g_inLen -= at;
     }
   return true;
  }

bool HandleFrame(int type, int at)
  {
   switch(type)
     {
      case NT_FRAME_WELCOME:   OnWelcome(at); break;
      case NT_FRAME_ACK:       Acked(NtGetLong(g_in, at + NT_HEARTBEAT_VALUE)); break;
      case NT_FRAME_HEARTBEAT: break;
      case NT_FRAME_ORDER:
        {
         NtOrder o;
         NtDecodeOrder(g_in, at, o);
         OnOrder(o);
        }
      break;
      case NT_FRAME_PROTOCOL_ERROR:
         OnRefused(NtGetShort(g_in, at + NT_ERROR_CODE), NtGetLong(g_in, at + NT_ERROR_RELATED_SEQ),
                   NtGetAscii(g_in, at + NT_ERROR_MESSAGE, NT_MESSAGE_WIDTH));
         return false;
      default:
         Disconnect("unexpected frame type " + IntegerToString(type), NextBackoff());
         return false;
     }
   return g_socket != INVALID_HANDLE;
  }

//+------------------------------------------------------------------+
//| ORDER: safety limits first, then CTrade; report back reliably.   |
//+------------------------------------------------------------------+
string OrderSeqVariable()
  {
   return "Nusatrade." + IntegerToString(AccountInfoInteger(ACCOUNT_LOGIN)) + ".lastOrderSeq";
  }

// An order or position of ours (magic number) with this client order id as its comment.
bool AlreadyExecuted(const string clientOrderId)
  {
   for(int i = PositionsTotal() - 1; i >= 0; i--)
      if(PositionGetTicket(i) > 0 && PositionGetInteger(POSITION_MAGIC) == InpMagic
         && PositionGetString(POSITION_COMMENT) == clientOrderId)
         return true;
   for(int i = OrdersTotal() - 1; i >= 0; i--)
      if(OrderGetTicket(i) > 0 && OrderGetInteger(ORDER_MAGIC) == InpMagic
         && OrderGetString(ORDER_COMMENT) == clientOrderId)
         return true;
   return false;
  }

// Our pending order (magic number, ORDER's symbol) whose comment is the client order id; 0 if none.
ulong OwnPendingOrder(const string clientOrderId, const string symbol)
  {
   for(int i = OrdersTotal() - 1; i >= 0; i--)
     {
      ulong ticket = OrderGetTicket(i);
      if(ticket > 0 && OrderGetInteger(ORDER_MAGIC) == InpMagic
         && OrderGetString(ORDER_SYMBOL) == symbol
         && OrderGetString(ORDER_COMMENT) == clientOrderId)
         return ticket;
     }
   return 0;
  }

// CANCEL (protocol 2): delete our pending order of that client order id; CANCELLED when MT5 did,
// CANCEL_REJECTED otherwise (already filled, not ours, unknown) and the order stays as it is.
void OnCancel(const NtOrder &o)
  {
   ulong ticket = OwnPendingOrder(o.clientOrderId, o.symbol);
   bool ok = ticket > 0 && g_trade.OrderDelete(ticket);
   int retcode = ticket == 0 ? TRADE_RETCODE_INVALID : (int)g_trade.ResultRetcode();
   bool cancelled = ok && retcode == TRADE_RETCODE_DONE;
   uchar report[];
   if(NtEncodeExecution(report, g_ring.Next(),
                        cancelled ? NT_EXEC_KIND_CANCELLED : NT_EXEC_KIND_CANCEL_REJECTED, o.side,
                        retcode, (long)ticket, (long)TimeGMT() * 1000, o.clientOrderId, o.symbol,
                        o.volume, 0, 0, 0))
      CommitAndSend(report, NT_EXEC_FIXED_LENGTH);
   AckOrders();
  }

// Volume down to the symbol's step; 0 when below its minimum (TRADE_RETCODE_INVALID_VOLUME).
double NormalizeVolume(const string symbol, double volume)
  {
   double step = SymbolInfoDouble(symbol, SYMBOL_VOLUME_STEP);
   double min = SymbolInfoDouble(symbol, SYMBOL_VOLUME_MIN);
   double max = SymbolInfoDouble(symbol, SYMBOL_VOLUME_MAX);
   if(step <= 0) return 0;
   double v = MathFloor(volume / step + 1e-9) * step;
   int digits = (int)MathMax(0, MathCeil(-MathLog10(step)));
   v = NormalizeDouble(v, digits);
   if(v < min || (max > 0 && v > max)) return 0;
   return v;
  }

double NormalizePrice(const string symbol, double price)
  {
   if(price == 0) return 0;
   return NormalizeDouble(price, (int)SymbolInfoInteger(symbol, SYMBOL_DIGITS));
  }

// Modify and close touch only our own positions (magic number) in the ORDER's symbol.
bool OwnPosition(long ticket, const string symbol)
  {
   return PositionSelectByTicket((ulong)ticket)
          && PositionGetInteger(POSITION_MAGIC) == InpMagic
          && PositionGetString(POSITION_SYMBOL) == symbol;
  }

void OnOrder(const NtOrder &o)
  {
   if(o.seq <= g_lastOrderSeq) { AckOrders(); return; }   // a resend we already executed
   if(g_ring.Full())
      return;   // cannot happen while ticks leave NT_REPORT_RESERVE slots; no ACK: resent later
   g_lastOrderSeq = o.seq;
   GlobalVariableSet(OrderSeqVariable(), (double)o.seq);
   GlobalVariablesFlush();
   if(o.action == NT_ACTION_CANCEL)
     {
      OnCancel(o);   // withdrawing an order is never refused by the safety inputs
      return;
     }
   int refused = NtSafetyCheck(o, InpAllowedSymbols, InpMaxLots, InpMaxOpenOrders);
   if(refused == 0 && o.side != NT_SIDE_BUY && o.side != NT_SIDE_SELL && o.action == NT_ACTION_PLACE)
      refused = NT_RET_REJECT;   // an unknown side is refused, never read as a sell
   if(refused == 0 && o.action == NT_ACTION_PLACE && AlreadyExecuted(o.clientOrderId))
     {
      AckOrders();   // executed before a restart that lost the sequence: not again
      return;
     }
   double volume = NormalizeVolume(o.symbol, o.volume);
   if(refused == 0 && o.action == NT_ACTION_PLACE && volume == 0)
      refused = NT_RET_INVALID_VOLUME;
   if(refused == 0 && o.action != NT_ACTION_PLACE && !OwnPosition(o.ticket, o.symbol))
      refused = NT_RET_REJECT;   // never a manual trade or another EA's position
   int retcode = refused;
   long ticket = 0;
   double price = 0;
   double filledVolume = 0;
   bool ok = false;
   if(refused == 0)
     {
      g_trade.SetDeviationInPoints(o.deviation);
      double p = NormalizePrice(o.symbol, o.price);
      double sl = NormalizePrice(o.symbol, o.sl);
      double tp = NormalizePrice(o.symbol, o.tp);
      if(o.action == NT_ACTION_PLACE)
        {
         bool buy = o.side == NT_SIDE_BUY;
         if(o.type == NT_ORDER_TYPE_MARKET)
            ok = buy ? g_trade.Buy(volume, o.symbol, 0, sl, tp, o.clientOrderId)
                     : g_trade.Sell(volume, o.symbol, 0, sl, tp, o.clientOrderId);
         else if(o.type == NT_ORDER_TYPE_LIMIT)
            ok = buy ? g_trade.BuyLimit(volume, p, o.symbol, sl, tp, ORDER_TIME_GTC, 0, o.clientOrderId)
                     : g_trade.SellLimit(volume, p, o.symbol, sl, tp, ORDER_TIME_GTC, 0, o.clientOrderId);
         else if(o.type == NT_ORDER_TYPE_STOP)
            ok = buy ? g_trade.BuyStop(volume, p, o.symbol, sl, tp, ORDER_TIME_GTC, 0, o.clientOrderId)
                     : g_trade.SellStop(volume, p, o.symbol, sl, tp, ORDER_TIME_GTC, 0, o.clientOrderId);
         else
            refused = NT_RET_REJECT;   // an unknown order type is refused, never sent as market
        }
      else if(o.action == NT_ACTION_MODIFY)
         ok = g_trade.PositionModify((ulong)o.ticket, sl, tp);
      else if(o.action == NT_ACTION_CLOSE)
         ok = g_trade.PositionClose((ulong)o.ticket, o.deviation);
      else
         refused = NT_RET_REJECT;
      // only a call that ran has a result: a refused one must not report CTrade's previous result
      retcode = refused != 0 ? refused : (int)g_trade.ResultRetcode();
      if(refused == 0)
        {
         ticket = o.action == NT_ACTION_PLACE ? (long)g_trade.ResultOrder() : o.ticket;
         price = g_trade.ResultPrice();
         filledVolume = g_trade.ResultVolume();
         if(!ok && retcode == 0) retcode = NT_RET_REJECT;
        }
     }
   // DONE and DONE_PARTIAL (10010) are fills of what ResultVolume says
   bool filled = refused == 0 && ok
                 && (retcode == TRADE_RETCODE_DONE || retcode == TRADE_RETCODE_DONE_PARTIAL);
   if(refused == 0 && ok && retcode == TRADE_RETCODE_PLACED)
     {
      // a LIMIT or STOP order now waits at the broker: its fill is not reported by this EA yet
      // (no OnTradeTransaction); the platform's reconciliation books it from a positions snapshot
      PrintFormat("Nusatrade: %s placed as pending order #%I64d", o.clientOrderId, ticket);
      AckOrders();
      return;
     }
   if(filled && filledVolume <= 0) filledVolume = o.action == NT_ACTION_PLACE ? volume : o.volume;
   // the deal's commission and swap (protocol 2), as MT5 books them: negative = charged
   double commission = 0, swap = 0;
   ulong deal = filled ? g_trade.ResultDeal() : 0;
   if(deal > 0 && HistoryDealSelect(deal))
     {
      commission = HistoryDealGetDouble(deal, DEAL_COMMISSION);
      swap = HistoryDealGetDouble(deal, DEAL_SWAP);
     }
   uchar report[];
   if(NtEncodeExecution(report, g_ring.Next(), filled ? NT_EXEC_KIND_FILL : NT_EXEC_KIND_REJECT, o.side, retcode,
                        ticket, (long)TimeGMT() * 1000, o.clientOrderId, o.symbol,
                        filled ? filledVolume : o.volume, price, commission, swap))
      CommitAndSend(report, NT_EXEC_FIXED_LENGTH);
   AckOrders();
  }

void AckOrders()
  {
   uchar ack[];
   NtEncodeValue(ack, NT_FRAME_ACK, g_lastOrderSeq);
   SendRaw(ack, NT_HEARTBEAT_LENGTH);
  }
//+------------------------------------------------------------------+
