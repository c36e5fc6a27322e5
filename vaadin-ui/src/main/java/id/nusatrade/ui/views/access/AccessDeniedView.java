package id.nusatrade.ui.views.access;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.ui.views.MainLayout;

/** Where the route guard sends a user who may not open the page they asked for. */
@Route(value = "access-denied", layout = MainLayout.class)
public class AccessDeniedView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {
  private final H2 heading = new H2();
  private final Paragraph explanation = new Paragraph();

  public AccessDeniedView() {
    setId("access-denied");
    add(heading, explanation);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("denied.title"));
    explanation.setText(getTranslation("denied.text"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("denied.title") + " · Nusatrade";
  }
}
