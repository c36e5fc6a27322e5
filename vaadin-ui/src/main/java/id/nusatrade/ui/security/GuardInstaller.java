package id.nusatrade.ui.security;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.nusatrade.ui.i18n.LanguageSelection;

/**
 * Registered through {@code META-INF/services} so it runs in the CDI app and in browserless tests
 * alike. Each new UI gets the route guard (made by the instantiator, so CDI injects it) and the
 * language remembered in its session.
 */
public class GuardInstaller implements VaadinServiceInitListener {
  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              var ui = init.getUI();
              ui.addBeforeEnterListener(Instantiator.get(ui).getOrCreate(RouteGuard.class));
              ui.setLocale(LanguageSelection.of(ui.getSession()));
            });
  }
}
