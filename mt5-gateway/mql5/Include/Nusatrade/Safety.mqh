//+------------------------------------------------------------------+
//| Safety limits checked before ANY order reaches the broker,       |
//| whatever the gateway asks. Mirrors sim.SafetyLimits.             |
//+------------------------------------------------------------------+
#ifndef NT_SAFETY_MQH
#define NT_SAFETY_MQH
#define NT_RET_REJECT         10006   // TRADE_RETCODE_REJECT
#define NT_RET_INVALID_VOLUME 10014   // TRADE_RETCODE_INVALID_VOLUME
#define NT_RET_LIMIT_ORDERS   10033   // TRADE_RETCODE_LIMIT_ORDERS

bool NtSymbolAllowed(string allowedCsv, string symbol)
  {
   if(StringLen(allowedCsv) == 0) return true;
   string parts[];
   int n = StringSplit(allowedCsv, ',', parts);
   for(int i = 0; i < n; i++)
     {
      StringTrimLeft(parts[i]);
      StringTrimRight(parts[i]);
      if(parts[i] == symbol) return true;
     }
   return false;
  }

// 0 when the order may be sent, else the return code to report back.
int NtSafetyCheck(const NtOrder &o, string allowedCsv, double maxLots, int maxOpenOrders)
  {
   if(!NtSymbolAllowed(allowedCsv, o.symbol)) return NT_RET_REJECT;
   if(o.action != NT_ACTION_PLACE) return 0;
   if(o.volume <= 0 || o.volume > maxLots) return NT_RET_INVALID_VOLUME;
   if(PositionsTotal() + OrdersTotal() >= maxOpenOrders) return NT_RET_LIMIT_ORDERS;
   return 0;
  }

#endif
