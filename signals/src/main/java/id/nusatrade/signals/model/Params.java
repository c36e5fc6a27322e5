package id.nusatrade.signals.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Helpers for hyper-parameter maps: ordered maps, sampling, typed reads. */
final class Params {
  private Params() {}

  static Map<String, Double> of(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return map;
  }

  static double uniform(Random r, double lo, double hi) {
    return lo + (hi - lo) * r.nextDouble();
  }

  static double logUniform(Random r, double lo, double hi) {
    return Math.exp(uniform(r, Math.log(lo), Math.log(hi)));
  }

  static int integer(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static double get(Map<String, Double> params, String name) {
    Double value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing hyper-parameter '" + name + "'");
    }
    return value;
  }

  static int getInt(Map<String, Double> params, String name) {
    return (int) Math.round(get(params, name));
  }
}
