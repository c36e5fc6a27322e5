package id.nusatrade.gateway.protocol;

/** Both directions, when nothing else was sent for a heartbeat interval. */
public record Heartbeat(long senderTimeMillis) implements Frame {}
