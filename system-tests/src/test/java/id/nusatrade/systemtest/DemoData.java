package id.nusatrade.systemtest;

/**
 * The demo realm and seed data as CONVENTIONS.md lists them: the independent source of the values
 * these tests expect (not read from the code under test).
 */
final class DemoData {
  static final String PASSWORD = "nusatrade-demo";
  static final String TENANT_A = "11111111-1111-1111-1111-111111111111";
  static final String TENANT_A_NAME = "PT Demo Nusantara";
  static final String TENANT_B = "22222222-2222-2222-2222-222222222222";
  static final String TENANT_B_NAME = "CV Contoh Borneo";
  static final String API_CLIENT = "nusatrade-api";
  static final String REALM = "nusatrade";

  private DemoData() {}
}
