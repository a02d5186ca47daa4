package org.ecstatic.taglib;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class, or a group of tests in one, that requests the fixture's pages from a running
 * container. Its constructor receives the {@link Site}. The build runs these tests twice, on Jetty and
 * on Tomcat (see {@link Site}); the tag lets the Tomcat run select them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("container")
@ExtendWith(Site.Resolver.class)
@interface OnContainer {
}
