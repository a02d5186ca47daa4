package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UrlIndexTest {
    /** Read from JSON, as at start-up, so that its names are strings of their own, not the interned constants. */
    static final Manifest MANIFEST = Manifest.parse("{\"version\": 1, \"paths\": {"
            + "\"css/site.css\": \"css/site.3f2a1b9c0d4e.css\", "
            + "\"fonts/a b.woff2\": \"fonts/a b.5d41402abc4b.woff2\", "
            + "\"LICENSE\": \"LICENSE.0123456789ab\"}}", "m.json");

    static UrlIndex index(String base) {
        return new UrlIndex(MANIFEST, base);
    }

    @Nested
    class Urls {
        @Test
        void areTheBaseFollowedByTheHashedName() {
            UrlIndex index = index("/app/static/");
            assertThat(index.url("css/site.css")).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
            assertThat(index.url("LICENSE")).isEqualTo("/app/static/LICENSE.0123456789ab");
        }

        @Test
        void percentEncodeTheHashedName() {
            assertThat(index("/app/static/").url("fonts/a b.woff2")).isEqualTo("/app/static/fonts/a%20b.5d41402abc4b.woff2");
        }

        @Test
        void startWithAnyBase() {
            assertThat(index("https://cdn.example.com/s/").url("css/site.css"))
                    .isEqualTo("https://cdn.example.com/s/css/site.3f2a1b9c0d4e.css");
            assertThat(index("").url("css/site.css")).isEqualTo("css/site.3f2a1b9c0d4e.css");
        }

        @Test
        void areNullForANameNotListedExactly() {
            UrlIndex index = index("/app/static/");
            assertThat(index.url("css/none.css")).isNull();
            assertThat(index.url("/css/site.css")).isNull();
            assertThat(index.url("css/site.css?v=1")).isNull();
            assertThat(index.url("css/site.3f2a1b9c0d4e.css")).isNull();
            assertThat(index.url("CSS/site.css")).isNull();
            assertThat(index.url("")).isNull();
        }

        @Test
        void areNullForEveryNameOfAnEmptyManifest() {
            assertThat(new UrlIndex(Manifest.empty(), "/static/").url("css/site.css")).isNull();
        }

        @Test
        void areWorkedOutOnceNotOnEachCall() {
            UrlIndex index = index("/app/static/");
            assertThat(index.url("css/site.css")).isSameAs(index.url("css/site.css"));
        }
    }

    @Nested
    class Names {
        /** Returns the key the index holds for {@code name}: the index keeps no other way to tell. */
        @SuppressWarnings("unchecked")
        static String keyOf(UrlIndex index, String name) throws Exception {
            Field urls = UrlIndex.class.getDeclaredField("urls");
            urls.setAccessible(true);
            return ((Map<String, String>) urls.get(index)).keySet().stream()
                    .filter(name::equals).findFirst().orElseThrow();
        }

        @Test
        void areTheInternedStringsThatAPageConstantIs() throws Exception {
            String constant = "css/site.css"; // as a compiled page holds it
            Manifest read = Manifest.parse("{\"version\": 1, \"paths\": "
                    + "{\"css/site.css\": \"css/site.3f2a1b9c0d4e.css\"}}", "m.json");
            assertThat(read.paths().firstKey()).isEqualTo(constant).isNotSameAs(constant);

            UrlIndex index = new UrlIndex(read, "/app/static/");
            assertThat(keyOf(index, "css/site.css")).isSameAs(constant);
        }

        @Test
        void findANameThatIsNotTheInternedString() {
            String built = new StringBuilder("css/").append("site.css").toString();
            assertThat(built).isNotSameAs("css/site.css");
            assertThat(index("/app/static/").url(built)).isEqualTo("/app/static/css/site.3f2a1b9c0d4e.css");
        }
    }

    @Nested
    class TheManifest {
        @Test
        void isTheOneTheIndexWasBuiltFrom() {
            assertThat(index("/app/static/").manifest()).isSameAs(MANIFEST);
        }

        @Test
        void isNotChangedByTheIndex() {
            index("/app/static/");
            assertThat(MANIFEST.paths()).containsExactly(Map.entry("LICENSE", "LICENSE.0123456789ab"),
                    Map.entry("css/site.css", "css/site.3f2a1b9c0d4e.css"),
                    Map.entry("fonts/a b.woff2", "fonts/a b.5d41402abc4b.woff2"));
        }
    }
}
