package id.nusatrade.ui.support;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import id.nusatrade.ui.i18n.BundleTranslationProvider;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Map;

/**
 * Builds classes the way CDI does in the server: through their {@code @Inject} constructor, each
 * parameter filled from the test's beans by type. Classes without one are made as Vaadin would.
 */
final class InjectingInstantiator extends DefaultInstantiator {
  private final Map<Class<?>, Object> beans;
  private final I18NProvider translations = new BundleTranslationProvider();

  InjectingInstantiator(VaadinService service, Map<Class<?>, Object> beans) {
    super(service);
    this.beans = beans;
  }

  @Override
  public <T> T getOrCreate(Class<T> type) {
    if (type == I18NProvider.class) {
      return type.cast(translations);
    }
    if (beans.containsKey(type)) {
      return type.cast(bean(type));
    }
    return Arrays.stream(type.getConstructors())
        .filter(c -> c.isAnnotationPresent(Inject.class))
        .findFirst()
        .map(c -> type.cast(construct(c)))
        .orElseGet(() -> super.getOrCreate(type));
  }

  @Override
  public I18NProvider getI18NProvider() {
    return translations;
  }

  private Object construct(Constructor<?> constructor) {
    Object[] args =
        Arrays.stream(constructor.getParameterTypes()).map(this::bean).toArray(Object[]::new);
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object bean(Class<?> type) {
    Object bean = beans.get(type);
    if (bean instanceof Lazy<?> lazy) {
      bean = lazy.get();
    }
    if (bean == null) {
      throw new IllegalStateException("test provides no bean of type " + type.getName());
    }
    return bean;
  }
}
