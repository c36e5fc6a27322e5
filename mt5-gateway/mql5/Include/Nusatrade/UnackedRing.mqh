//+------------------------------------------------------------------+
//| Reliable frames sent but not yet acknowledged, by sequence.      |
//| Mirrors id.nusatrade.gateway.sim.UnackedRing: one slot per       |
//| sequence, each grown to its frame (no fixed slot size, nothing   |
//| truncated; the caller refuses frames over the gateway's limit),  |
//| released by cumulative ACK, resent in order after WELCOME.       |
//+------------------------------------------------------------------+
#ifndef NT_UNACKED_RING_MQH
#define NT_UNACKED_RING_MQH
#include <Nusatrade\Protocol.mqh>

struct NtSlot
  {
   uchar bytes[];
   int   length;
  };

class CNtUnackedRing
  {
private:
   NtSlot m_slots[];
   int    m_capacity;
   long   m_first;        // oldest unacknowledged sequence
   long   m_next;         // sequence the next frame gets

   int    Slot(long seq) { return (int)(seq % m_capacity); }

   bool   SameSymbol(long a, long b)
     {
      for(int i = 0; i < NT_SYMBOL_WIDTH; i++)
         if(m_slots[Slot(a)].bytes[NT_TICK_SYMBOL + i] != m_slots[Slot(b)].bytes[NT_TICK_SYMBOL + i])
            return false;
      return true;
     }

   bool   IsTick(long seq) { return NtGetByte(m_slots[Slot(seq)].bytes, NT_TYPE) == NT_FRAME_TICK; }

   // Copies the frames [from, m_next) into tmp (renumbering needs the old slots intact).
   int    CopyOut(long from, NtSlot &tmp[])
     {
      int n = (int)(m_next - from);
      ArrayResize(tmp, n);
      for(int k = 0; k < n; k++)
        {
         int s = Slot(from + k);
         tmp[k].length = m_slots[s].length;
         ArrayResize(tmp[k].bytes, m_slots[s].length);
         ArrayCopy(tmp[k].bytes, m_slots[s].bytes, 0, 0, m_slots[s].length);
        }
      return n;
     }

public:
   void Init(int capacity)
     {
      m_capacity = capacity;
      ArrayResize(m_slots, capacity);
      for(int i = 0; i < capacity; i++) m_slots[i].length = 0;
      m_first = 1;
      m_next = 1;
     }
   bool Full()       { return m_next - m_first >= m_capacity; }
   // Frames ticks may still take: the last `reserve` slots are kept for execution reports, so a
   // report never finds the ring full while its ORDER is acknowledged.
   bool TicksFull(int reserve) { return m_next - m_first >= m_capacity - reserve; }
   long Next()       { return m_next; }
   long First()      { return m_first; }

   // Stores a frame under Next() and writes that sequence into its header.
   long Commit(const uchar &frame[], int length)
     {
      int s = Slot(m_next);
      if(ArraySize(m_slots[s].bytes) < length) ArrayResize(m_slots[s].bytes, length);
      ArrayCopy(m_slots[s].bytes, frame, 0, 0, length);
      m_slots[s].length = length;
      NtPutLong(m_slots[s].bytes, NT_SEQ, m_next);
      return m_next++;
     }

   void Release(long ackedSeq)
     {
      long upTo = MathMin(ackedSeq + 1, m_next);
      if(upTo > m_first) m_first = upTo;
     }

   // Copies the frame with sequence seq into out; returns its length.
   int Frame(long seq, uchar &out[])
     {
      int s = Slot(seq);
      ArrayResize(out, m_slots[s].length);
      ArrayCopy(out, m_slots[s].bytes, 0, 0, m_slots[s].length);
      return m_slots[s].length;
     }

   // Pending frames get the sequences from newFirst on: after the first WELCOME of a new EA
   // instance (the gateway holds an earlier instance's frames) or when the gateway holds less
   // than it acknowledged (its journal was lost). Java: UnackedRing.renumberFrom.
   void RenumberFrom(long newFirst)
     {
      NtSlot tmp[];
      int n = CopyOut(m_first, tmp);
      m_first = newFirst;
      m_next = newFirst;
      for(int k = 0; k < n; k++) Commit(tmp[k].bytes, tmp[k].length);
     }

   bool HoldsTick(long seq) { return seq >= m_first && seq < m_next && IsTick(seq); }

   string SymbolOf(long seq) { return NtGetAscii(m_slots[Slot(seq)].bytes, NT_TICK_SYMBOL, NT_SYMBOL_WIDTH); }

   // Removes every pending TICK from fromSeq on with the symbol of frame fromSeq, numbering later
   // frames down so the sequence stays gapless; returns how many went. Java: dropTicksLike.
   int DropTicksLike(long fromSeq)
     {
      NtSlot tmp[];
      bool keep[];
      int n = (int)(m_next - fromSeq);
      ArrayResize(keep, n);
      for(int k = 0; k < n; k++) keep[k] = !IsTick(fromSeq + k) || !SameSymbol(fromSeq + k, fromSeq);
      CopyOut(fromSeq, tmp);
      m_next = fromSeq;
      int dropped = 0;
      for(int k = 0; k < n; k++)
        {
         if(keep[k]) Commit(tmp[k].bytes, tmp[k].length);
         else dropped++;
        }
      return dropped;
     }
  };

#endif
