package id.nusatrade.ui.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Map;

/**
 * Starts the app's routes in Karibu's mocked Vaadin with the given beans standing in for what CDI
 * injects in the server (the current user, the tenant repository, the clock).
 */
public final class BrowserlessUi {
  private static final Routes ROUTES = new Routes().autoDiscoverViews("id.nusatrade.ui");

  private BrowserlessUi() {}

  public static void start(Map<Class<?>, Object> beans) {
    MockVaadin.setup(UI::new, new Servlet(beans));
  }

  public static void stop() {
    MockVaadin.tearDown();
  }

  private static final class Servlet extends MockVaadinServlet {
    private final Map<Class<?>, Object> beans;

    Servlet(Map<Class<?>, Object> beans) {
      super(ROUTES);
      this.beans = beans;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
        throws ServiceException {
      MockService service =
          new MockService(this, configuration, UI::new) {
            @Override
            protected Instantiator createInstantiator() {
              return new InjectingInstantiator(this, beans);
            }
          };
      service.init();
      ROUTES.register((VaadinServletContext) service.getContext());
      return service;
    }
  }
}
