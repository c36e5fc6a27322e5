package id.nusatrade.ui.views.tenant;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.ui.tenant.TenantProfileText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Read-only label/value rows of the tenant profile; each value has a stable id for tests. */
class TenantDetails extends FormLayout {
  private final Map<String, NativeLabel> labels = new LinkedHashMap<>();
  private final Map<String, Span> values = new LinkedHashMap<>();

  TenantDetails() {
    for (String field : new String[] {"name", "tier", "quota", "price", "zone", "local-time"}) {
      NativeLabel label = new NativeLabel();
      Span value = new Span();
      value.setId("tenant-" + field);
      labels.put(field, label);
      values.put(field, value);
      addFormItem(value, label);
    }
    setResponsiveSteps(new ResponsiveStep("0", 1));
  }

  void show(Tenant tenant, TenantProfileText text, Function<String, String> translate) {
    labels.forEach((field, label) -> label.setText(translate.apply("tenant.field." + field)));
    values.get("name").setText(tenant.name());
    values.get("tier").setText(text.tierName(tenant.tier()));
    values.get("quota").setText(text.monthlyQuota(tenant.tier()));
    values.get("price").setText(text.monthlyPrice(tenant.tier()));
    values.get("zone").setText(text.zone(tenant.zone()));
    values.get("local-time").setText(text.localTime(tenant.zone()));
  }
}
