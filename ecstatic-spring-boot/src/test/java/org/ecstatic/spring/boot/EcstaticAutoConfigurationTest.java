package org.ecstatic.spring.boot;

import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.spring.boot.thymeleaf.EcstaticDialect;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EcstaticAutoConfigurationTest {
    final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EcstaticAutoConfiguration.class));

    static RuntimeSettings settings(org.springframework.context.ApplicationContext context) {
        return context.getBean(EcstaticServletContextInitializer.class).settings();
    }

    static FailureAnalysis analysis(Throwable failure) {
        return new EcstaticFailureAnalyzer().analyze(failure);
    }

    @Nested
    class Conditions {
        @Test
        void startsEcstaticInAServletWebApplication() {
            web.run(context -> {
                assertThat(context).hasSingleBean(EcstaticServletContextInitializer.class)
                        .hasSingleBean(EcstaticProperties.class).hasSingleBean(EcstaticDialect.class);
                assertThat(context.getBean(EcstaticServletContextInitializer.class).getOrder())
                        .isEqualTo(Integer.MAX_VALUE - 10);
            });
        }

        @Test
        void isOffWithEnabledFalse() {
            web.withPropertyValues("ecstatic.enabled=false").run(context ->
                    assertThat(context).doesNotHaveBean(EcstaticServletContextInitializer.class)
                            .doesNotHaveBean(EcstaticDialect.class));
        }

        @Test
        void isOffOutsideAServletWebApplication() {
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EcstaticAutoConfiguration.class))
                    .run(context -> assertThat(context).doesNotHaveBean(EcstaticServletContextInitializer.class));
        }

        @Test
        void addsTheDialectOnlyWithThymeleaf() {
            web.withClassLoader(new FilteredClassLoader("org.thymeleaf.spring6")).run(context ->
                    assertThat(context).hasSingleBean(EcstaticServletContextInitializer.class)
                            .doesNotHaveBean(EcstaticDialect.class));
        }
    }

    @Nested
    class Properties {
        @Test
        void defaultToTheRuntimesDefaults() {
            web.run(context -> {
                RuntimeSettings settings = settings(context);
                assertThat(settings.config()).isEqualTo(EcstaticConfig.defaults());
                assertThat(settings.servingParameters()).isEqualTo(Map.of("maxCachedFileSize", "65536",
                        "maxCacheBytes", "16777216"));
                assertThat(settings.locations(false)).containsExactly("classpath:/META-INF/resources/static/",
                        "classpath:/static/");
            });
        }

        @Test
        void bindEveryRuntimeAndServingSetting() {
            web.withPropertyValues("ecstatic.manifest=classpath:/assets/manifest.json", "ecstatic.mode=DEV",
                    "ecstatic.prefix=assets", "ecstatic.base-url=https://cdn.example.com/assets",
                    "ecstatic.strict=true", "ecstatic.cors-allow-origin=https://www.example.com",
                    "ecstatic.max-cached-file-size=1KB", "ecstatic.max-cache-bytes=2MB",
                    "ecstatic.locations=classpath:/public/assets,file:/srv/assets/").run(context -> {
                RuntimeSettings settings = settings(context);
                assertThat(settings.config()).isEqualTo(new EcstaticConfig("assets/manifest.json",
                        EcstaticConfig.Mode.DEV, "/assets/", "https://cdn.example.com/assets/", true));
                assertThat(settings.servingParameters()).isEqualTo(Map.of("corsAllowOrigin", "https://www.example.com",
                        "maxCachedFileSize", "1024", "maxCacheBytes", "2097152"));
                assertThat(settings.locations(true)).containsExactly("classpath:/public/assets", "file:/srv/assets/");
            });
        }

        @Test
        void makeDevTheDefaultModeWhileDevtoolsIsActive() {
            web.withInitializer(context -> context.getEnvironment().getPropertySources()
                            .addLast(new MapPropertySource("devtools", Map.of("spring.thymeleaf.cache", "false"))))
                    .run(context -> {
                        assertThat(settings(context).config().mode()).isEqualTo(EcstaticConfig.Mode.DEV);
                        assertThat(settings(context).locations(true)).containsExactly("classpath:/static/",
                                "classpath:/META-INF/resources/static/");
                    });
        }

        @Test
        void withAMissingManifestInManifestModeStopTheStartUpOfAMockEnvironmentToo() {
            web.withPropertyValues("ecstatic.manifest=classpath:/assets/manifest.json", "ecstatic.mode=manifest")
                    .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription()).isEqualTo(
                            "The manifest classpath:/assets/manifest.json is not there, and ecstatic.mode=manifest "
                                    + "needs it to start."));
        }

        @Test
        void keepAModeSetExplicitlyUnderDevtools() {
            web.withPropertyValues("ecstatic.mode=manifest")
                    .withInitializer(context -> context.getEnvironment().getPropertySources()
                            .addLast(new MapPropertySource("devtools", Map.of())))
                    .run(context -> assertThat(settings(context).config().mode()).isEqualTo(EcstaticConfig.Mode.MANIFEST));
        }

        @Test
        void thatAreWrongStopTheStartUpNamingThePropertyAndWhatToDo() {
            web.withPropertyValues("ecstatic.base-url=cdn.example.com").run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = analysis(context.getStartupFailure());
                assertThat(analysis.getDescription()).isEqualTo("ecstatic.baseUrl is 'cdn.example.com'; expected an "
                        + "absolute URL such as https://cdn.example.com/static/");
                assertThat(analysis.getAction()).isEqualTo("Correct the ecstatic.* property in application.properties "
                        + "(or wherever it is set: application.yml, an environment variable, a command-line argument).");
            });
        }

        @Test
        void bindTheBareSpecifiersOfTheImportMapWithBracketsForAScopedName() {
            web.withPropertyValues("ecstatic.importmap.lit=vendor/lit/index.js",
                            "ecstatic.importmap[@lit/reactive-element]=/vendor/lit/reactive-element.js",
                            "ecstatic.importmap[lit/]=vendor/lit/")
                    .run(context -> assertThat(settings(context).config().importMap()).containsExactly(
                            Map.entry("@lit/reactive-element", "vendor/lit/reactive-element.js"),
                            Map.entry("lit", "vendor/lit/index.js"), Map.entry("lit/", "vendor/lit/")));
        }

        @Test
        void refuseABareSpecifierMappedToADirectory() {
            web.withPropertyValues("ecstatic.importmap.lit=vendor/lit/").run(context ->
                    assertThat(analysis(context.getStartupFailure()).getDescription()).isEqualTo("ecstatic.importmap: "
                            + "the module specifier 'lit' mapped to 'vendor/lit/' names a directory; a specifier "
                            + "without a trailing '/' maps to one module such as vendor/lit/index.js"));
        }

        @Test
        void refuseANegativeSize() {
            web.withPropertyValues("ecstatic.max-cache-bytes=-1").run(context ->
                    assertThat(analysis(context.getStartupFailure()).getDescription())
                            .isEqualTo("ecstatic.max-cache-bytes is '-1B'; expected a size of 0 or more, such as 64KB"));
        }
    }

    @Nested
    class SpringsResourceChain {
        @Test
        void stopsTheStartUpWhenItsContentStrategyCoversThePrefix() {
            web.withPropertyValues("spring.web.resources.chain.strategy.content.enabled=true").run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = analysis(context.getStartupFailure());
                assertThat(analysis.getDescription()).isEqualTo("Spring's resource chain versions the URLs below "
                        + "/static/ too (spring.web.resources.chain.strategy.content.enabled=true, "
                        + "spring.web.resources.chain.strategy.content.paths includes /**): it hashes them again "
                        + "(site.6f1cc78d265f-d14a229e….css) or replaces Ecstatic's hash, so that the integrity value "
                        + "no longer matches the bytes.");
                assertThat(analysis.getAction()).isEqualTo("Leave the files below /static/ to Ecstatic: set "
                        + "spring.web.resources.chain.strategy.content.paths to paths outside /static/ (for example "
                        + "/js/**), or set spring.web.resources.chain.strategy.content.enabled=false, or move "
                        + "Ecstatic's files elsewhere with ecstatic.prefix.");
            });
        }

        @Test
        void stopsTheStartUpWhenItsFixedStrategyCoversThePrefix() {
            web.withPropertyValues("spring.web.resources.chain.strategy.fixed.enabled=true",
                    "spring.web.resources.chain.strategy.fixed.version=v12",
                    "spring.web.resources.chain.strategy.fixed.paths=/static/js/**").run(context ->
                    assertThat(analysis(context.getStartupFailure()).getDescription()).contains(
                            "spring.web.resources.chain.strategy.fixed.paths includes /static/js/**): it moves them "
                                    + "below a version (/v12/static/…), where Ecstatic does not serve them."));
        }

        @Test
        void startsWhenItsStrategiesCoverOtherPathsOrTheChainIsOff() {
            web.withPropertyValues("spring.web.resources.chain.strategy.content.enabled=true",
                    "spring.web.resources.chain.strategy.content.paths=/js/**,/css/**")
                    .run(context -> assertThat(context).hasNotFailed());
            web.withPropertyValues("spring.web.resources.chain.strategy.content.enabled=true",
                    "spring.web.resources.chain.enabled=false").run(context -> assertThat(context).hasNotFailed());
            web.withPropertyValues("spring.web.resources.chain.strategy.content.enabled=true", "ecstatic.prefix=/assets/",
                    "spring.web.resources.chain.strategy.content.paths=/static/**")
                    .run(context -> assertThat(context).hasNotFailed());
        }
    }

    /** What an IDE completes: the metadata the configuration processor wrote into the jar. */
    @Nested
    class Metadata {
        @Test
        void listsEveryPropertyWithItsDefault() throws Exception {
            Map<String, Object> metadata;
            try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
                metadata = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in,
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            }
            @SuppressWarnings("unchecked")
            java.util.List<Map<String, Object>> properties = (java.util.List<Map<String, Object>>) metadata.get("properties");
            Map<String, Object> defaults = new java.util.TreeMap<>();
            properties.forEach(p -> defaults.put((String) p.get("name"), p.get("defaultValue")));
            assertThat(defaults).containsOnlyKeys("ecstatic.enabled", "ecstatic.manifest", "ecstatic.mode",
                    "ecstatic.prefix", "ecstatic.base-url", "ecstatic.strict", "ecstatic.importmap", "ecstatic.locations",
                    "ecstatic.cors-allow-origin", "ecstatic.max-cached-file-size", "ecstatic.max-cache-bytes");
            assertThat(defaults).containsEntry("ecstatic.manifest", "classpath:META-INF/ecstatic/manifest.json")
                    .containsEntry("ecstatic.prefix", "/static/").containsEntry("ecstatic.strict", false)
                    .containsEntry("ecstatic.max-cached-file-size", "64KB").containsEntry("ecstatic.max-cache-bytes", "16MB");
            assertThat(properties).allSatisfy(p -> assertThat((String) p.get("description")).isNotBlank());
        }
    }
}
