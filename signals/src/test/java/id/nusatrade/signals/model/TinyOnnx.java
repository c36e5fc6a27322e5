package id.nusatrade.signals.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a tiny ONNX model for the tests, encoding the ONNX protobuf messages by hand (field
 * numbers from onnx/onnx.proto: ModelProto ir_version 1, producer_name 2, graph 7, opset_import 8,
 * metadata_props 14; GraphProto node 1, name 2, initializer 5, input 11, output 12; NodeProto input
 * 1, output 2, name 3, op_type 4; TensorProto dims 1, data_type 2, name 8, raw_data 9): {@code
 * logit = x · w + b} on a float input {@code x [N, width]}, IR version 8, opset 13, declaring
 * {@code features} under {@link OnnxScorer#FEATURES_KEY}. No ONNX tooling is needed to build it.
 */
public final class TinyOnnx {
  private TinyOnnx() {}

  public static byte[] linear(float[] w, float b, List<String> features) {
    int n = w.length;
    byte[] graph =
        cat(
            field(1, node(List.of("x", "w"), "xw", "MatMul", "matmul")),
            field(1, node(List.of("xw", "b"), "logit", "Add", "add")),
            string(2, "linear"),
            field(5, tensor("w", new long[] {n, 1}, w)),
            field(5, tensor("b", new long[] {1}, new float[] {b})),
            field(11, valueInfo("x", n)),
            field(12, valueInfo("logit", 1)));
    return cat(
        varintField(1, 8),
        string(2, "nusatrade-test"),
        field(7, graph),
        field(8, cat(string(1, ""), varintField(2, 13))),
        field(14, cat(string(1, OnnxScorer.FEATURES_KEY), string(2, String.join(",", features)))));
  }

  static byte[] node(List<String> inputs, String output, String op, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String i : inputs) out.writeBytes(string(1, i));
    out.writeBytes(string(2, output));
    out.writeBytes(string(3, name));
    out.writeBytes(string(4, op));
    return out.toByteArray();
  }

  static byte[] tensor(String name, long[] dims, float[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long d : dims) out.writeBytes(varintField(1, d));
    out.writeBytes(varintField(2, 1)); // FLOAT
    out.writeBytes(string(8, name));
    ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) raw.putFloat(v);
    out.writeBytes(field(9, raw.array()));
    return out.toByteArray();
  }

  static byte[] valueInfo(String name, int width) {
    byte[] shape = cat(field(1, string(2, "N")), field(1, varintField(1, width)));
    byte[] tensorType = cat(varintField(1, 1), field(2, shape));
    return cat(string(1, name), field(2, field(1, tensorType)));
  }

  static byte[] string(int field, String s) {
    return field(field, s.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] field(int field, byte[] bytes) {
    return cat(varint((field << 3) | 2), varint(bytes.length), bytes);
  }

  static byte[] varintField(int field, long v) {
    return cat(varint(field << 3), varint(v));
  }

  static byte[] varint(long v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
