package id.nusatrade.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hides secrets in process variables before anyone reads them: a variable whose name contains one
 * of the secret words (case-insensitive: nik, password, secret, token, code, documentNumber,
 * dateOfBirth) shows as {@value #MASK}, and so does any such field nested inside a JSON object or
 * array. Deliberately broad ("countryCode" is masked too): a hidden harmless value costs less than
 * a shown identity number.
 */
public final class SecretMask {
  public static final String MASK = "***";

  private static final List<String> SECRET_WORDS =
      List.of("nik", "password", "secret", "token", "code", "documentnumber", "dateofbirth");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SecretMask() {}

  public static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  /** The variable's JSON value as it may be shown: masked whole, masked inside, or as stored. */
  public static String value(String name, String json) {
    if (isSecret(name)) {
      return MASK;
    }
    if (json == null || json.isEmpty() || (json.charAt(0) != '{' && json.charAt(0) != '[')) {
      return json;
    }
    try {
      JsonNode tree = JSON.readTree(json);
      return mask(tree) ? JSON.writeValueAsString(tree) : json;
    } catch (JsonProcessingException e) {
      return MASK; // unreadable structured value: show nothing rather than a secret
    }
  }

  /** Masks secret fields in place; true when anything was masked. */
  private static boolean mask(JsonNode node) {
    boolean masked = false;
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (isSecret(field.getKey())) {
          field.setValue(TextNode.valueOf(MASK));
          masked = true;
        } else {
          masked |= mask(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode element : array) {
        masked |= mask(element);
      }
    }
    return masked;
  }
}
