package id.nusatrade.gateway.protocol;

/** Cumulative acknowledgement: every reliable frame up to and including {@code ackSeq}. */
public record Ack(long ackSeq) implements Frame {}
