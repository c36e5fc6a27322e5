package id.nusatrade.signals.model;

/** Rows of features with their 0/1 labels (1 = up), as trainers take them. */
public record Dataset(double[][] x, int[] y) {
  public Dataset {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels");
    }
  }

  public int rows() {
    return y.length;
  }

  public int width() {
    return x.length == 0 ? 0 : x[0].length;
  }

  /** Row-major single-precision copy, as the native libraries take it. */
  public float[] rowMajor() {
    int w = width();
    float[] flat = new float[rows() * w];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < w; j++) {
        flat[i * w + j] = (float) x[i][j];
      }
    }
    return flat;
  }

  public float[] labels() {
    float[] labels = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = y[i];
    }
    return labels;
  }
}
