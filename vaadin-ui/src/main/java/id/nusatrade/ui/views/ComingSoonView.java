package id.nusatrade.ui.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page whose route and role gate exist already while its content is still being built. */
public abstract class ComingSoonView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {
  private final String titleKey;
  private final H2 heading = new H2();
  private final Paragraph notice = new Paragraph();

  protected ComingSoonView(String titleKey) {
    this.titleKey = titleKey;
    notice.setId("coming-soon");
    add(heading, notice);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation(titleKey));
    notice.setText(getTranslation("coming.soon"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey) + " · Nusatrade";
  }
}
