package id.nusatrade.gateway.protocol;

/** Either direction: what was wrong, and the sequence of the offending frame when known. */
public record ProtocolError(ErrorCode code, long relatedSeq, String message) implements Frame {}
