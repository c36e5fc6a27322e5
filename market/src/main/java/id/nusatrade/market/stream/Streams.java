package id.nusatrade.market.stream;

import id.nusatrade.domain.market.FeedId;

/**
 * The stream model: streams numbered densely from 0, each one feed (tenant, account, symbol: two
 * terminals' EURUSD are two streams, brokers quote differently) coming from one source (the
 * gateway's terminal index). Market state (validator, bars, indicator banks) lives in arrays
 * indexed by stream. Capacity is fixed so that state can be preallocated. One writer adds streams;
 * readers see an entry after a happens-before edge with its addition (the gateway's ring).
 */
public final class Streams {
  private final int[] sourceOfStream;
  private final FeedId[] feedOfStream;
  private int count;

  public Streams(int maxStreams) {
    this.sourceOfStream = new int[maxStreams];
    this.feedOfStream = new FeedId[maxStreams];
  }

  /** A new stream id for the feed, or -1 when the capacity is reached. */
  public int add(int source, FeedId feed) {
    if (count == feedOfStream.length) {
      return -1;
    }
    sourceOfStream[count] = source;
    feedOfStream[count] = feed;
    return count++;
  }

  /** The source (terminal) index the stream's ticks come from. */
  public int source(int stream) {
    return sourceOfStream[stream];
  }

  public FeedId feed(int stream) {
    return feedOfStream[stream];
  }

  public String symbol(int stream) {
    return feedOfStream[stream].symbol();
  }

  public int capacity() {
    return feedOfStream.length;
  }

  public int count() {
    return count;
  }
}
