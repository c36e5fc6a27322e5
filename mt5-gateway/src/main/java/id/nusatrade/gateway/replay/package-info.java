/**
 * Replaying market data through the real wire protocol: CSV ticks or bars (bars expand to four
 * ticks each) sent by a {@link id.nusatrade.gateway.sim.SimulatedExpertAdvisor} at 1x, 10x or full
 * speed, to a running gateway or to one started in-process. Entry point {@link
 * id.nusatrade.gateway.replay.ReplayCommand} ({@code ./nusatrade replay}).
 */
package id.nusatrade.gateway.replay;
