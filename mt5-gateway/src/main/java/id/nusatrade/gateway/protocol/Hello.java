package id.nusatrade.gateway.protocol;

/**
 * EA to gateway, first frame of a connection: who the terminal is and the last ORDER sequence it
 * received, so the gateway resends only newer commands.
 */
public record Hello(
    int version, int eaBuild, String tenant, long account, String apiKey, long lastReceivedSeq)
    implements Frame {}
