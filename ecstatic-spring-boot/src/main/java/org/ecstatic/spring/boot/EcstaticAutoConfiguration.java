package org.ecstatic.spring.boot;

import org.ecstatic.runtime.StaticFilesFilter;
import org.ecstatic.runtime.StaticUrlEncodingFilter;
import org.ecstatic.spring.boot.thymeleaf.EcstaticDialect;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Ecstatic in a Spring Boot servlet application: {@link EcstaticServletContextInitializer} starts the
 * runtime with the {@code ecstatic.*} properties ({@link EcstaticProperties}), two filter registrations
 * map its filters, and with Thymeleaf on the class path, {@link EcstaticDialect} gives templates
 * {@code #ecstatic.url(...)}, {@code ecstatic:stylesheet} and {@code ecstatic:script}.
 * {@code ecstatic.enabled=false} switches it off.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "ecstatic", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(EcstaticProperties.class)
public class EcstaticAutoConfiguration {
    /** The name of the property source that spring-boot-devtools adds while it is active. */
    static final String DEVTOOLS_PROPERTY_SOURCE = "devtools";

    /**
     * Returns the initializer that starts Ecstatic.
     *
     * @throws EcstaticStartupException when a property is wrong, or Spring's resource chain versions the
     *                                  same URLs
     */
    @Bean
    @ConditionalOnMissingBean
    EcstaticServletContextInitializer ecstaticServletContextInitializer(EcstaticProperties properties,
                                                                        Environment environment,
                                                                        ResourceLoader resourceLoader) {
        RuntimeSettings settings = RuntimeSettings.of(properties, devtoolsActive(environment));
        ResourceChainOverlap.check(environment, settings.config().prefix());
        return new EcstaticServletContextInitializer(settings, resourceLoader);
    }

    /** Starts Ecstatic on the mock ServletContext of MockMvc tests, where no web server starts it. */
    @Bean
    MockServletContextStart ecstaticMockServletContextStart(EcstaticServletContextInitializer ecstatic,
                                                            org.springframework.context.ApplicationContext application) {
        return new MockServletContextStart(ecstatic, application);
    }

    /** Returns the registration of the serving filter, {@code ecstatic-static-files}. */
    @Bean
    FilterRegistrationBean<StaticFilesFilter> ecstaticStaticFilesFilter(EcstaticServletContextInitializer ecstatic) {
        return ecstatic.staticFilesFilter();
    }

    /** Returns the registration of the URL-encoding filter, {@code ecstatic-url-encoding}. */
    @Bean
    FilterRegistrationBean<StaticUrlEncodingFilter> ecstaticUrlEncodingFilter(EcstaticServletContextInitializer ecstatic) {
        return ecstatic.urlEncodingFilter();
    }

    /** Whether spring-boot-devtools is active: it adds its property source only then (not in a packaged jar). */
    static boolean devtoolsActive(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(DEVTOOLS_PROPERTY_SOURCE);
    }

    /** The Thymeleaf dialect, when Thymeleaf's Spring integration is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
    static class ThymeleafDialectConfiguration {
        @Bean
        @ConditionalOnMissingBean
        EcstaticDialect ecstaticDialect() {
            return new EcstaticDialect();
        }
    }
}
