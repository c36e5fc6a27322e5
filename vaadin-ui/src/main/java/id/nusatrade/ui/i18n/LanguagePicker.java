package id.nusatrade.ui.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** The language switch in the layout's header: Bahasa Indonesia / English. */
public class LanguagePicker extends Select<Locale> {
  public LanguagePicker() {
    setId("language-picker");
    setItems(Languages.ALL);
    setItemLabelGenerator(l -> l.getLanguage().equals("id") ? "Bahasa Indonesia" : "English");
    addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            getUI()
                .filter(ui -> !e.getValue().equals(ui.getLocale()))
                .ifPresent(ui -> LanguageSelection.choose(ui, e.getValue()));
          }
        });
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    setValue(Languages.closest(attachEvent.getUI().getLocale()));
  }
}
