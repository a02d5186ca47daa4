package org.ecstatic.spring.boot;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import java.util.EnumSet;
import java.util.Map;

/**
 * The registration of one of Ecstatic's filters, among the application's filter registrations at
 * {@link EcstaticServletContextInitializer#ORDER}: not made when a filter of the same class is already
 * registered ({@code web.xml} declares it), whatever its name.
 */
final class OnceFilterRegistration<T extends Filter> extends FilterRegistrationBean<T> {
    private static final Log LOG = LogFactory.getLog(OnceFilterRegistration.class);

    OnceFilterRegistration(String name, T filter, String pattern, EnumSet<DispatcherType> dispatches,
                           Map<String, String> parameters) {
        super(filter);
        setName(name);
        addUrlPatterns(pattern);
        setDispatcherTypes(dispatches);
        setInitParameters(parameters);
        setAsyncSupported(true);
        setOrder(EcstaticServletContextInitializer.ORDER);
        setIgnoreRegistrationFailure(true);
    }

    /** Registers the filter, or returns null (nothing registered) when its class is registered already. */
    @Override
    protected FilterRegistration.Dynamic addRegistration(String description, ServletContext context) {
        String type = getFilter().getClass().getName();
        boolean declared = context.getFilterRegistrations().values().stream()
                .anyMatch(registration -> type.equals(registration.getClassName()));
        if (declared) {
            LOG.info("Ecstatic: " + type + " is registered already (web.xml); " + getFilterName()
                    + " is not registered again");
            return null;
        }
        return super.addRegistration(description, context);
    }
}
