//+------------------------------------------------------------------+
//| Nusatrade wire protocol v1 (docs/mt5-protocol.md).               |
//| Offsets mirror id.nusatrade.gateway.protocol.FrameLayout.        |
//| All integers and doubles little-endian (x86/x64, like MT5).      |
//+------------------------------------------------------------------+
#property strict

#define NT_PROTOCOL_VERSION 1
#define NT_HEADER 16

#define NT_HELLO            0x01
#define NT_WELCOME          0x02
#define NT_HEARTBEAT        0x03
#define NT_ACK              0x04
#define NT_TICK             0x10
#define NT_ORDER            0x20
#define NT_EXECUTION_REPORT 0x21
#define NT_PROTOCOL_ERROR   0x7F

#define NT_HELLO_LENGTH     144
#define NT_WELCOME_LENGTH   40
#define NT_HEARTBEAT_LENGTH 24
#define NT_TICK_LENGTH      96
#define NT_ORDER_LENGTH     128
#define NT_EXEC_FIXED       120
#define NT_POS_LENGTH       88
#define NT_ERROR_LENGTH     96

#define NT_SYMBOL_WIDTH  32
#define NT_TENANT_WIDTH  40
#define NT_APIKEY_WIDTH  64
#define NT_MESSAGE_WIDTH 64

// execution report kinds, sides, order actions and types (codes as in the Java enums)
#define NT_EXEC_FILL      1
#define NT_EXEC_REJECT    2
#define NT_EXEC_POSITIONS 3
#define NT_SIDE_NONE 0
#define NT_SIDE_BUY  1
#define NT_SIDE_SELL 2
#define NT_ACTION_PLACE  1
#define NT_ACTION_MODIFY 2
#define NT_ACTION_CLOSE  3
#define NT_TYPE_MARKET 1
#define NT_TYPE_LIMIT  2
#define NT_TYPE_STOP   3

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

// Fixed-width ASCII: a length byte, then up to width-1 printable characters, zero padded.
void NtPutAscii(uchar &b[], int at, int width, string text)
  {
   int n = MathMin(StringLen(text), width - 1);
   NtPutByte(b, at, n);
   for(int i = 0; i < width - 1; i++)
      b[at + 1 + i] = (uchar)(i < n ? StringGetCharacter(text, i) : 0);
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
   NtPutInt(b, 0, length);
   NtPutByte(b, 4, type);
   NtPutLong(b, 8, seq);
  }

void NtEncodeHello(uchar &b[], string tenant, long account, string apiKey, long lastReceivedSeq, int eaBuild)
  {
   NtHeader(b, NT_HELLO_LENGTH, NT_HELLO, 0);
   NtPutShort(b, 16, NT_PROTOCOL_VERSION);
   NtPutInt(b, 20, eaBuild);
   NtPutLong(b, 24, account);
   NtPutLong(b, 32, lastReceivedSeq);
   NtPutAscii(b, 40, NT_TENANT_WIDTH, tenant);
   NtPutAscii(b, 80, NT_APIKEY_WIDTH, apiKey);
  }

void NtEncodeValue(uchar &b[], int type, long value)   // HEARTBEAT (sender clock) or ACK (seq)
  {
   NtHeader(b, NT_HEARTBEAT_LENGTH, type, 0);
   NtPutLong(b, 16, value);
  }

void NtEncodeTick(uchar &b[], long seq, string symbol, long timeMsUtc, double bid, double ask,
                  double last, long volume, int flags)
  {
   NtHeader(b, NT_TICK_LENGTH, NT_TICK, seq);
   NtPutAscii(b, 16, NT_SYMBOL_WIDTH, symbol);
   NtPutLong(b, 48, timeMsUtc);
   NtPutDouble(b, 56, bid);
   NtPutDouble(b, 64, ask);
   NtPutDouble(b, 72, last);
   NtPutLong(b, 80, volume);
   NtPutInt(b, 88, flags);
  }

// A fill or reject (no position entries); positions snapshots add NT_POS_LENGTH per position.
void NtEncodeExecution(uchar &b[], long seq, int kind, int side, int retcode, long ticket,
                       long timeMsUtc, string clientOrderId, string symbol, double volume, double price)
  {
   NtHeader(b, NT_EXEC_FIXED, NT_EXECUTION_REPORT, seq);
   NtPutByte(b, 16, kind);
   NtPutByte(b, 17, side);
   NtPutShort(b, 18, 0);
   NtPutInt(b, 20, retcode);
   NtPutLong(b, 24, ticket);
   NtPutLong(b, 32, timeMsUtc);
   NtPutAscii(b, 40, NT_SYMBOL_WIDTH, clientOrderId);
   NtPutAscii(b, 72, NT_SYMBOL_WIDTH, symbol);
   NtPutDouble(b, 104, volume);
   NtPutDouble(b, 112, price);
  }

// Expected length of a frame type, -1 if variable (execution report) or unknown.
int NtFixedLength(int type)
  {
   switch(type)
     {
      case NT_HELLO:          return NT_HELLO_LENGTH;
      case NT_WELCOME:        return NT_WELCOME_LENGTH;
      case NT_HEARTBEAT:      return NT_HEARTBEAT_LENGTH;
      case NT_ACK:            return NT_HEARTBEAT_LENGTH;
      case NT_TICK:           return NT_TICK_LENGTH;
      case NT_ORDER:          return NT_ORDER_LENGTH;
      case NT_PROTOCOL_ERROR: return NT_ERROR_LENGTH;
     }
   return -1;
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
   o.seq           = NtGetLong(b, at + 8);
   o.action        = NtGetByte(b, at + 16);
   o.side          = NtGetByte(b, at + 17);
   o.type          = NtGetByte(b, at + 18);
   o.deviation     = NtGetInt(b, at + 20);
   o.ticket        = NtGetLong(b, at + 24);
   o.clientOrderId = NtGetAscii(b, at + 32, NT_SYMBOL_WIDTH);
   o.symbol        = NtGetAscii(b, at + 64, NT_SYMBOL_WIDTH);
   o.volume        = NtGetDouble(b, at + 96);
   o.price         = NtGetDouble(b, at + 104);
   o.sl            = NtGetDouble(b, at + 112);
   o.tp            = NtGetDouble(b, at + 120);
  }
