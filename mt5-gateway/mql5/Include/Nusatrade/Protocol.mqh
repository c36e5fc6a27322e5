//+------------------------------------------------------------------+
//| Nusatrade wire protocol v1 (docs/mt5-protocol.md): encoders and  |
//| decoders. Every offset, length, code and the ASCII range come    |
//| from FrameLayout.mqh, generated from the Java FrameLayout.       |
//| All integers and doubles little-endian (x86/x64, like MT5).      |
//+------------------------------------------------------------------+
#ifndef NT_PROTOCOL_MQH
#define NT_PROTOCOL_MQH
#include <Nusatrade\FrameLayout.mqh>

// until WELCOME states the gateway's limit
#define NT_DEFAULT_MAX_FRAME 65536

union NtLongDouble { long l; double d; };

void NtPutByte(uchar &b[], int at, int v)   { b[at] = (uchar)(v & 0xFF); }
void NtPutShort(uchar &b[], int at, int v)  { for(int i = 0; i < 2; i++) b[at + i] = (uchar)((v >> (8 * i)) & 0xFF); }
void NtPutInt(uchar &b[], int at, int v)    { for(int i = 0; i < 4; i++) b[at + i] = (uchar)((v >> (8 * i)) & 0xFF); }
void NtPutLong(uchar &b[], int at, long v)  { for(int i = 0; i < 8; i++) b[at + i] = (uchar)((v >> (8 * i)) & 0xFF); }
void NtPutDouble(uchar &b[], int at, double v) { NtLongDouble u; u.d = v; NtPutLong(b, at, u.l); }

int NtGetByte(const uchar &b[], int at)   { return (int)b[at]; }
int NtGetShort(const uchar &b[], int at)  { return (int)b[at] | ((int)b[at + 1] << 8); }
int NtGetInt(const uchar &b[], int at)
  {
   int v = 0;
   for(int i = 0; i < 4; i++) v |= ((int)b[at + i]) << (8 * i);
   return v;
  }
long NtGetLong(const uchar &b[], int at)
  {
   long v = 0;
   for(int i = 0; i < 8; i++) v |= ((long)b[at + i]) << (8 * i);
   return v;
  }
double NtGetDouble(const uchar &b[], int at) { NtLongDouble u; u.l = NtGetLong(b, at); return u.d; }

// The gateway's rule for text fields (Java Ascii.valid): at most width-1 characters, each printable
// ASCII (no space, nothing beyond 0x7E). A symbol that breaks it would be BAD_FIELD on every resend.
bool NtValidAscii(string text, int width, bool allowEmpty)
  {
   int n = StringLen(text);
   if(n > width - 1 || (n == 0 && !allowEmpty)) return false;
   for(int i = 0; i < n; i++)
     {
      ushort c = StringGetCharacter(text, i);
      if(c < NT_ASCII_FIRST || c > NT_ASCII_LAST) return false;
     }
   return true;
  }

// Fixed-width ASCII: a length byte, then the characters, zero padded. False (nothing written) for
// text the gateway would refuse.
bool NtPutAscii(uchar &b[], int at, int width, string text)
  {
   if(!NtValidAscii(text, width, true)) return false;
   int n = StringLen(text);
   NtPutByte(b, at, n);
   for(int i = 0; i < width - 1; i++)
      b[at + 1 + i] = (uchar)(i < n ? StringGetCharacter(text, i) : 0);
   return true;
  }
string NtGetAscii(const uchar &b[], int at, int width)
  {
   int n = MathMin(NtGetByte(b, at), width - 1);
   string s = "";
   for(int i = 0; i < n; i++) s += CharToString(b[at + 1 + i]);
   return s;
  }

void NtHeader(uchar &b[], int length, int type, long seq)
  {
   ArrayResize(b, length);
   ArrayInitialize(b, 0);
   NtPutInt(b, NT_LENGTH, length);
   NtPutByte(b, NT_TYPE, type);
   NtPutLong(b, NT_SEQ, seq);
  }

bool NtEncodeHello(uchar &b[], string tenant, long account, string apiKey, long lastReceivedSeq, int eaBuild)
  {
   NtHeader(b, NT_HELLO_LENGTH, NT_FRAME_HELLO, 0);
   NtPutShort(b, NT_HELLO_VERSION, NT_PROTOCOL_VERSION);
   NtPutInt(b, NT_HELLO_EA_BUILD, eaBuild);
   NtPutLong(b, NT_HELLO_ACCOUNT, account);
   NtPutLong(b, NT_HELLO_LAST_RECEIVED, lastReceivedSeq);
   return NtPutAscii(b, NT_HELLO_TENANT, NT_TENANT_WIDTH, tenant)
          && NtPutAscii(b, NT_HELLO_API_KEY, NT_API_KEY_WIDTH, apiKey);
  }

void NtEncodeValue(uchar &b[], int type, long value)   // HEARTBEAT (sender clock) or ACK (seq)
  {
   NtHeader(b, NT_HEARTBEAT_LENGTH, type, 0);
   NtPutLong(b, NT_HEARTBEAT_VALUE, value);
  }

bool NtEncodeTick(uchar &b[], long seq, string symbol, long timeMsUtc, double bid, double ask,
                  double last, long volume, int flags)
  {
   NtHeader(b, NT_TICK_LENGTH, NT_FRAME_TICK, seq);
   NtPutLong(b, NT_TICK_TIME, timeMsUtc);
   NtPutDouble(b, NT_TICK_BID, bid);
   NtPutDouble(b, NT_TICK_ASK, ask);
   NtPutDouble(b, NT_TICK_LAST, last);
   NtPutLong(b, NT_TICK_VOLUME, volume);
   NtPutInt(b, NT_TICK_FLAGS, flags);
   return symbol != "" && NtPutAscii(b, NT_TICK_SYMBOL, NT_SYMBOL_WIDTH, symbol);
  }

// A fill or reject (no position entries); positions snapshots add NT_POS_LENGTH per position.
// Protocol 2: commission and swap of the deal, with MT5's signs (negative = charged).
bool NtEncodeExecution(uchar &b[], long seq, int kind, int side, int retcode, long ticket,
                       long timeMsUtc, string clientOrderId, string symbol, double volume, double price,
                       double commission, double swap)
  {
   NtHeader(b, NT_EXEC_FIXED_LENGTH, NT_FRAME_EXECUTION_REPORT, seq);
   NtPutByte(b, NT_EXEC_KIND, kind);
   NtPutByte(b, NT_EXEC_SIDE, side);
   NtPutShort(b, NT_EXEC_COUNT, 0);
   NtPutInt(b, NT_EXEC_RETCODE, retcode);
   NtPutLong(b, NT_EXEC_TICKET, ticket);
   NtPutLong(b, NT_EXEC_TIME, timeMsUtc);
   NtPutDouble(b, NT_EXEC_VOLUME, volume);
   NtPutDouble(b, NT_EXEC_PRICE, price);
   NtPutDouble(b, NT_EXEC_COMMISSION, commission);
   NtPutDouble(b, NT_EXEC_SWAP, swap);
   return NtPutAscii(b, NT_EXEC_CLIENT_ID, NT_SYMBOL_WIDTH, clientOrderId)
          && NtPutAscii(b, NT_EXEC_SYMBOL, NT_SYMBOL_WIDTH, symbol);
  }

struct NtOrder
  {
   long   seq;
   int    action;
   int    side;
   int    type;
   int    deviation;
   long   ticket;
   string clientOrderId;
   string symbol;
   double volume;
   double price;
   double sl;
   double tp;
  };

void NtDecodeOrder(const uchar &b[], int at, NtOrder &o)
  {
   o.seq           = NtGetLong(b, at + NT_SEQ);
   o.action        = NtGetByte(b, at + NT_ORDER_ACTION);
   o.side          = NtGetByte(b, at + NT_ORDER_SIDE);
   o.type          = NtGetByte(b, at + NT_ORDER_TYPE);
   o.deviation     = NtGetInt(b, at + NT_ORDER_DEVIATION);
   o.ticket        = NtGetLong(b, at + NT_ORDER_TICKET);
   o.clientOrderId = NtGetAscii(b, at + NT_ORDER_CLIENT_ID, NT_SYMBOL_WIDTH);
   o.symbol        = NtGetAscii(b, at + NT_ORDER_SYMBOL, NT_SYMBOL_WIDTH);
   o.volume        = NtGetDouble(b, at + NT_ORDER_VOLUME);
   o.price         = NtGetDouble(b, at + NT_ORDER_PRICE);
   o.sl            = NtGetDouble(b, at + NT_ORDER_SL);
   o.tp            = NtGetDouble(b, at + NT_ORDER_TP);
  }

// The trade server's offset from UTC in ms. TimeTradeServer() and TimeGMT() are read one after the
// other and can straddle a second; real offsets are whole quarter hours, so round to one (Java:
// sim.TickCursor.serverOffsetMillis).
long NtServerOffsetMs()
  {
   long diff = (long)TimeTradeServer() - (long)TimeGMT();
   return (long)MathRound(diff / 900.0) * 900000;
  }

#endif
