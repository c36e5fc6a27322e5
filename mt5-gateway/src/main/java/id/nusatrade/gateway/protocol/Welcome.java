package id.nusatrade.gateway.protocol;

/** Gateway to EA: accepted; resend every reliable frame after {@code lastAckedSeq}. */
public record Welcome(int version, int heartbeatMillis, int maxFrameBytes, long lastAckedSeq)
    implements Frame {}
