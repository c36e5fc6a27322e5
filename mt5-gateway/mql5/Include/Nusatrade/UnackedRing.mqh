//+------------------------------------------------------------------+
//| Reliable frames sent but not yet acknowledged, by sequence.      |
//| Mirrors id.nusatrade.gateway.sim.UnackedRing: fixed slots,       |
//| released by cumulative ACK, resent in order after WELCOME.       |
//+------------------------------------------------------------------+
#property strict

#define NT_SLOT_BYTES 512

class CNtUnackedRing
  {
private:
   uchar  m_bytes[];      // capacity * NT_SLOT_BYTES
   int    m_lengths[];
   int    m_capacity;
   long   m_first;        // oldest unacknowledged sequence
   long   m_next;         // sequence the next frame gets

public:
   void Init(int capacity)
     {
      m_capacity = capacity;
      ArrayResize(m_bytes, capacity * NT_SLOT_BYTES);
      ArrayResize(m_lengths, capacity);
      m_first = 1;
      m_next = 1;
     }
   bool Full()       { return m_next - m_first >= m_capacity; }
   long Next()       { return m_next; }
   long First()      { return m_first; }

   // Stores an encoded frame under the next sequence (the caller encoded it with Next()).
   long Commit(const uchar &frame[], int length)
     {
      int slot = (int)(m_next % m_capacity);
      ArrayCopy(m_bytes, frame, slot * NT_SLOT_BYTES, 0, MathMin(length, NT_SLOT_BYTES));
      m_lengths[slot] = length;
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
      int slot = (int)(seq % m_capacity);
      ArrayResize(out, m_lengths[slot]);
      ArrayCopy(out, m_bytes, 0, slot * NT_SLOT_BYTES, m_lengths[slot]);
      return m_lengths[slot];
     }
  };
