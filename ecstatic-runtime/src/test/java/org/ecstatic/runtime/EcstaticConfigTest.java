package org.ecstatic.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcstaticConfigTest {

    static EcstaticConfig of(Map<String, String> values) {
        return EcstaticConfig.from(values::get);
    }

    @Test
    void hasTheDocumentedDefaults() {
        assertThat(of(Map.of())).isEqualTo(new EcstaticConfig(
                "META-INF/ecstatic/manifest.json", EcstaticConfig.Mode.AUTO, "/static/", null, false));
        assertThat(EcstaticConfig.defaults()).isEqualTo(of(Map.of()));
    }

    @Test
    void normalizesPrefixAndBaseUrl() {
        EcstaticConfig c = of(Map.of("ecstatic.prefix", "assets", "ecstatic.baseUrl", "https://cdn.example.com/s",
                "ecstatic.mode", "Manifest", "ecstatic.strict", "true"));
        assertThat(c.prefix()).isEqualTo("/assets/");
        assertThat(c.baseUrl()).isEqualTo("https://cdn.example.com/s/");
        assertThat(c.mode()).isEqualTo(EcstaticConfig.Mode.MANIFEST);
        assertThat(c.strict()).isTrue();
    }

    @Test
    void namesTheKeyAndValueThatIsWrong() {
        assertThatThrownBy(() -> of(Map.of("ecstatic.mode", "prod")))
                .hasMessage("ecstatic.mode is 'prod'; expected manifest, dev or auto");
        assertThatThrownBy(() -> of(Map.of("ecstatic.strict", "yes")))
                .hasMessage("ecstatic.strict is 'yes'; expected true or false");
        assertThatThrownBy(() -> of(Map.of("ecstatic.baseUrl", "cdn.example.com")))
                .hasMessage("ecstatic.baseUrl is 'cdn.example.com'; expected an absolute URL such as "
                        + "https://cdn.example.com/static/");
    }

    @Test
    void readsTheBareModuleSpecifiersOfTheImportMap() {
        assertThat(of(Map.of("ecstatic.importmap", "lit=vendor/lit/index.js, three=/vendor/three.module.js")).importMap())
                .containsExactly(Map.entry("lit", "vendor/lit/index.js"), Map.entry("three", "vendor/three.module.js"));
        assertThat(of(Map.of()).importMap()).isEmpty();
        assertThat(EcstaticConfig.defaults().withImportMap(Map.of("lit", "/vendor/lit.js")).importMap())
                .containsExactly(Map.entry("lit", "vendor/lit.js"));
        assertThatThrownBy(() -> of(Map.of("ecstatic.importmap", "lit")))
                .hasMessage("ecstatic.importmap is 'lit': 'lit' is not specifier=path; expected for example lit=vendor/lit/index.js");
    }
}
