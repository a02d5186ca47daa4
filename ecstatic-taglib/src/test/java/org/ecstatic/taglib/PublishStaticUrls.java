package org.ecstatic.taglib;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.Manifest;
import org.ecstatic.runtime.StaticUrls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Publishes StaticUrls over the fixture's manifest (WEB-INF/classes/META-INF/ecstatic/manifest.json). */
public final class PublishStaticUrls implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        EcstaticConfig config = EcstaticConfig.from(context);
        try (InputStream in = context.getResourceAsStream("/WEB-INF/classes/" + config.manifest())) {
            Manifest manifest = Manifest.parse(in, config.manifest());
            context.setAttribute(StaticUrls.ATTRIBUTE, StaticUrls.of(config, context.getContextPath(), manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
