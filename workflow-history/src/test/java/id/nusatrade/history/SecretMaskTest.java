package id.nusatrade.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskTest {
  @Test
  void secretNamesAreMaskedWhateverTheirCase() {
    assertThat(SecretMask.value("nik", "\"3171012345678901\"")).isEqualTo("***");
    assertThat(SecretMask.value("NIK", "\"3171012345678901\"")).isEqualTo("***");
    assertThat(SecretMask.value("dateOfBirth", "\"1990-01-01\"")).isEqualTo("***");
    assertThat(SecretMask.value("verificationCode", "\"123456\"")).isEqualTo("***");
    assertThat(SecretMask.value("documentNumber", "\"A123\"")).isEqualTo("***");
    assertThat(SecretMask.value("apiToken", "\"t\"")).isEqualTo("***");
    assertThat(SecretMask.value("clientSecret", "\"s\"")).isEqualTo("***");
    assertThat(SecretMask.value("password", "null")).isEqualTo("***");
  }

  @Test
  void otherVariablesAreShownAsStored() {
    assertThat(SecretMask.value("orderId", "\"ord-7\"")).isEqualTo("\"ord-7\"");
    assertThat(SecretMask.value("amount", "125000")).isEqualTo("125000");
    assertThat(SecretMask.value("approved", "true")).isEqualTo("true");
  }

  @Test
  void secretFieldsNestedInObjectsAndArraysAreMasked() {
    String registration =
        "{\"fullName\":\"Siti\",\"identity\":{\"nik\":\"3171012345678901\",\"city\":\"Bogor\"},"
            + "\"documents\":[{\"documentNumber\":\"A1\",\"type\":\"KTP\"}]}";

    assertThat(SecretMask.value("registration", registration))
        .isEqualTo(
            "{\"fullName\":\"Siti\",\"identity\":{\"nik\":\"***\",\"city\":\"Bogor\"},"
                + "\"documents\":[{\"documentNumber\":\"***\",\"type\":\"KTP\"}]}");
  }

  @Test
  void aStructuredValueWithoutSecretsKeepsItsExactText() {
    assertThat(SecretMask.value("limits", "{ \"max\": 5 }")).isEqualTo("{ \"max\": 5 }");
  }
}
