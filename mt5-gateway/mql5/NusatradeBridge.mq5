//+------------------------------------------------------------------+
//| NusatradeBridge.mq5 - streams ticks to the Nusatrade gateway and |
//| executes its ORDER commands behind local safety limits.          |
//| Protocol: docs/mt5-protocol.md. Java twin, frame for frame:      |
//| id.nusatrade.gateway.sim.SimulatedExpertAdvisor.                 |
//| MQL5 cannot listen: this EA dials out to the gateway over TCP.   |
//+------------------------------------------------------------------+
#property copyright "Nusatrade"
#property version   "1.00"
#property strict

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
input int    InpHeartbeatMs     = 5000;          // heartbeat interval
input int    InpTimerMs         = 100;           // timer period: command polling, other symbols
input int    InpUnackedCapacity = 8192;          // frames kept for resend after reconnect
input int    InpBackoffMaxMs    = 30000;         // longest wait between reconnect attempts
input long   InpMagic           = 770077;        // magic number on our orders

CNtUnackedRing g_ring;
CTrade         g_trade;
int    g_socket = INVALID_HANDLE;
bool   g_open = false;                 // WELCOME received
long   g_acked = 0;                    // last sequence the gateway acknowledged
long   g_lastOrderSeq = 0;             // last ORDER sequence received (our cumulative ACK)
ulong  g_nextAttempt = 0;              // GetTickCount64() of the next connect attempt
int    g_backoffMs = 250;
ulong  g_lastSent = 0;
ulong  g_lastHeard = 0;
long   g_dropped = 0;                  // ticks dropped because the unacked ring was full
uchar  g_in[];                         // receive buffer
int    g_inLen = 0;
string g_symbols[];
long   g_lastMsc[];                    // newest tick time sent per symbol
int    g_sentAtMsc[];                  // ticks already sent with that exact time

//+------------------------------------------------------------------+
int OnInit()
  {
   if(StringLen(InpTenantId) == 0 || StringLen(InpApiKey) == 0)
     {
      Print("Nusatrade: set InpTenantId and InpApiKey");
      return INIT_PARAMETERS_INCORRECT;
     }
   string list = StringLen(InpSymbols) == 0 ? _Symbol : InpSymbols;
   int n = StringSplit(list, ',', g_symbols);
   ArrayResize(g_lastMsc, n);
   ArrayResize(g_sentAtMsc, n);
   for(int i = 0; i < n; i++)
     {
      StringTrimLeft(g_symbols[i]);
      StringTrimRight(g_symbols[i]);
      SymbolSelect(g_symbols[i], true);
      g_lastMsc[i] = (long)TimeCurrent() * 1000;   // stream from now on, not history
      g_sentAtMsc[i] = 0;
     }
   g_ring.Init(InpUnackedCapacity);
   ArrayResize(g_in, 1 << 16);
   g_trade.SetExpertMagicNumber(InpMagic);
   EventSetMillisecondTimer(InpTimerMs);
   return INIT_SUCCEEDED;
  }

void OnDeinit(const int reason)
  {
   EventKillTimer();
   Disconnect("EA removed");
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
   if(g_socket == INVALID_HANDLE)
     {
      if(GetTickCount64() >= g_nextAttempt) Connect();
      return;
     }
   ReadFrames();
   if(g_socket == INVALID_HANDLE) return;
   ulong now = GetTickCount64();
   if(now - g_lastHeard > (ulong)(3 * InpHeartbeatMs))
     {
      Disconnect("gateway silent for three heartbeats");
      return;
     }
   if(g_open && now - g_lastSent > (ulong)(InpHeartbeatMs / 2))
     {
      uchar hb[];
      NtEncodeValue(hb, NT_HEARTBEAT, (long)TimeGMT() * 1000);
      SendRaw(hb, NT_HEARTBEAT_LENGTH);
     }
   PumpTicks();
  }

//+------------------------------------------------------------------+
//| Ticks: CopyTicks since the last one sent, per symbol, in order.  |
//| Time goes out as UTC milliseconds (MT5 stamps server time).      |
//+------------------------------------------------------------------+
void PumpTicks()
  {
   long serverOffsetMs = ((long)TimeTradeServer() - (long)TimeGMT()) * 1000;
   for(int s = 0; s < ArraySize(g_symbols); s++)
     {
      MqlTick ticks[];
      int n = CopyTicks(g_symbols[s], ticks, COPY_TICKS_INFO, (ulong)g_lastMsc[s], 1000);
      int skip = 0;
      for(int i = 0; i < n; i++)
        {
         if(ticks[i].time_msc == g_lastMsc[s] && skip < g_sentAtMsc[s]) { skip++; continue; }
         if(!SendTick(g_symbols[s], ticks[i], serverOffsetMs)) return;
         if(ticks[i].time_msc == g_lastMsc[s]) g_sentAtMsc[s]++;
         else { g_lastMsc[s] = ticks[i].time_msc; g_sentAtMsc[s] = 1; }
        }
     }
  }

bool SendTick(string symbol, const MqlTick &t, long serverOffsetMs)
  {
   if(g_ring.Full())
     {
      // Unlike the Java twin (which waits), a terminal must never block OnTick: drop and count.
      g_dropped++;
      return false;
     }
   uchar frame[];
   NtEncodeTick(frame, g_ring.Next(), symbol, t.time_msc - serverOffsetMs, t.bid, t.ask, t.last,
                (long)t.volume, (int)t.flags);
   g_ring.Commit(frame, NT_TICK_LENGTH);
   if(g_open) SendRaw(frame, NT_TICK_LENGTH);   // otherwise resent after the next WELCOME
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
      Disconnect("connect failed, error " + IntegerToString(GetLastError()));
      return;
     }
   uchar hello[];
   NtEncodeHello(hello, InpTenantId, AccountInfoInteger(ACCOUNT_LOGIN), InpApiKey, g_lastOrderSeq,
                 (int)TerminalInfoInteger(TERMINAL_BUILD));
   g_inLen = 0;
   g_lastHeard = GetTickCount64();
   SendRaw(hello, NT_HELLO_LENGTH);
  }

void OnWelcome(long lastAcked)
  {
   g_open = true;
   g_backoffMs = 250;
   Acked(lastAcked);
   uchar frame[];
   for(long seq = g_ring.First(); seq < g_ring.Next(); seq++)
     {
      int len = g_ring.Frame(seq, frame);
      if(!SendRaw(frame, len)) return;
     }
   PrintFormat("Nusatrade: connected, gateway has up to #%I64d, resent %I64d frames, dropped so far %I64d",
               lastAcked, g_ring.Next() - g_ring.First(), g_dropped);
  }

void Acked(long seq)
  {
   if(seq > g_acked) { g_acked = seq; g_ring.Release(seq); }
  }

void Disconnect(string why)
  {
   if(g_socket != INVALID_HANDLE)
     {
      SocketClose(g_socket);
      PrintFormat("Nusatrade: disconnected (%s), retry in %d ms", why, g_backoffMs);
     }
   g_socket = INVALID_HANDLE;
   g_open = false;
   g_nextAttempt = GetTickCount64() + (ulong)g_backoffMs;
   g_backoffMs = MathMin(g_backoffMs * 2, InpBackoffMaxMs);
  }

bool SendRaw(uchar &frame[], int length)
  {
   if(g_socket == INVALID_HANDLE) return false;
   if(SocketSend(g_socket, frame, (uint)length) != length)
     {
      Disconnect("send failed, error " + IntegerToString(GetLastError()));
      return false;
     }
   g_lastSent = GetTickCount64();
   return true;
  }

//+------------------------------------------------------------------+
//| Inbound frames: WELCOME, ACK, HEARTBEAT, ORDER, PROTOCOL_ERROR   |
//+------------------------------------------------------------------+
void ReadFrames()
  {
   uint avail = SocketIsReadable(g_socket);
   if(avail > 0)
     {
      uint room = (uint)(ArraySize(g_in) - g_inLen);
      uchar chunk[];
      int n = SocketRead(g_socket, chunk, MathMin(avail, room), 10);
      if(n < 0) { Disconnect("read failed"); return; }
      ArrayCopy(g_in, chunk, g_inLen, 0, n);
      g_inLen += n;
      g_lastHeard = GetTickCount64();
     }
   else if(!SocketIsConnected(g_socket))
     {
      Disconnect("gateway closed the connection");
      return;
     }
   int at = 0;
   while(g_inLen - at >= 8 && g_socket != INVALID_HANDLE)
     {
      int len = NtGetInt(g_in, at);
      int type = NtGetByte(g_in, at + 4);
      if(len < NT_HEARTBEAT_LENGTH || len > ArraySize(g_in) || (NtFixedLength(type) > 0 && NtFixedLength(type) != len))
        { Disconnect("malformed frame from gateway"); return; }
      if(g_inLen - at < len) break;
      HandleFrame(type, at);
      at += len;
     }
   if(at > 0 && g_socket != INVALID_HANDLE)
     {
      ArrayCopy(g_in, g_in, 0, at, g_inLen - at);
      g_inLen -= at;
     }
  }

void HandleFrame(int type, int at)
  {
   switch(type)
     {
      case NT_WELCOME:        OnWelcome(NtGetLong(g_in, at + 32)); break;
      case NT_ACK:            Acked(NtGetLong(g_in, at + 16)); break;
      case NT_HEARTBEAT:      break;
      case NT_ORDER:          { NtOrder o; NtDecodeOrder(g_in, at, o); OnOrder(o); } break;
      case NT_PROTOCOL_ERROR:
         Disconnect("gateway error " + IntegerToString(NtGetShort(g_in, at + 16)) + ": "
                    + NtGetAscii(g_in, at + 32, NT_MESSAGE_WIDTH));
         break;
      default:                Disconnect("unexpected frame type " + IntegerToString(type));
     }
  }

//+------------------------------------------------------------------+
//| ORDER: safety limits first, then CTrade; report back reliably.   |
//+------------------------------------------------------------------+
void OnOrder(const NtOrder &o)
  {
   if(o.seq <= g_lastOrderSeq) { AckOrders(); return; }   // a resend we already executed
   g_lastOrderSeq = o.seq;
   int refused = NtSafetyCheck(o, InpAllowedSymbols, InpMaxLots, InpMaxOpenOrders);
   int retcode = refused;
   long ticket = 0;
   double price = 0;
   if(refused == 0)
     {
      g_trade.SetDeviationInPoints(o.deviation);
      bool ok = false;
      if(o.action == NT_ACTION_PLACE)
         ok = o.side == NT_SIDE_BUY ? g_trade.Buy(o.volume, o.symbol, o.price, o.sl, o.tp, o.clientOrderId)
                                   : g_trade.Sell(o.volume, o.symbol, o.price, o.sl, o.tp, o.clientOrderId);
      else if(o.action == NT_ACTION_MODIFY)
         ok = g_trade.PositionModify((ulong)o.ticket, o.sl, o.tp);
      else if(o.action == NT_ACTION_CLOSE)
         ok = g_trade.PositionClose((ulong)o.ticket, o.deviation);
      retcode = (int)g_trade.ResultRetcode();
      ticket = o.action == NT_ACTION_PLACE ? (long)g_trade.ResultOrder() : o.ticket;
      price = g_trade.ResultPrice();
      if(!ok && retcode == 0) retcode = NT_RET_REJECT;
     }
   bool filled = refused == 0 && (retcode == TRADE_RETCODE_DONE || retcode == TRADE_RETCODE_PLACED);
   uchar report[];
   NtEncodeExecution(report, g_ring.Next(), filled ? NT_EXEC_FILL : NT_EXEC_REJECT, o.side, retcode,
                     ticket, (long)TimeGMT() * 1000, o.clientOrderId, o.symbol, o.volume, price);
   if(!g_ring.Full())
     {
      g_ring.Commit(report, NT_EXEC_FIXED);
      if(g_open) SendRaw(report, NT_EXEC_FIXED);
     }
   AckOrders();
  }

void AckOrders()
  {
   uchar ack[];
   NtEncodeValue(ack, NT_ACK, g_lastOrderSeq);
   SendRaw(ack, NT_HEARTBEAT_LENGTH);
  }
//+------------------------------------------------------------------+
