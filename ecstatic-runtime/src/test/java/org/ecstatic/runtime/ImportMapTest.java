package org.ecstatic.runtime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportMapTest {

    private static TreeMap<String, String> map(String... keysAndValues) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class Json {
        @Test
        void listsImportsThenIntegrityWithSortedKeysOneEntryALine() {
            ImportMap importMap = new ImportMap(
                    map("lit", "/s/lit.222222222222.js", "/s/a.js", "/s/a.111111111111.js"),
                    map("/s/a.111111111111.js", "sha256-a", "/s/lit.222222222222.js", "sha256-l"));
            assertThat(importMap.json()).isEqualTo("""
                    {
                      "imports": {
                        "/s/a.js": "/s/a.111111111111.js",
                        "lit": "/s/lit.222222222222.js"
                      },
                      "integrity": {
                        "/s/a.111111111111.js": "sha256-a",
                        "/s/lit.222222222222.js": "sha256-l"
                      }
                    }""");
            assertThat(importMap.toString()).isEqualTo(importMap.json());
        }

        @Test
        void writesEmptyMembersWhenNothingIsListed() {
            assertThat(new ImportMap(map(), map()).json()).isEqualTo("""
                    {
                      "imports": {},
                      "integrity": {}
                    }""");
        }

        @Test
        void escapesWhatCouldEndTheScriptElementAndWhatJsonMust() {
            ImportMap importMap = new ImportMap(map("</script><b>&amp;\u2028\u2029", "\"q\\\n\t\u0001"), map());
            assertThat(importMap.json()).contains(
                    "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\\u2028\\u2029\": \"\\\"q\\\\\\n\\t\\u0001\"")
                    .doesNotContain("<", ">", "&", "\u2028", "\u2029");
        }

        @Test
        void keepsTheMapsItWasGivenSortedAndUnmodifiable() {
            ImportMap importMap = new ImportMap(map("b", "2", "a", "1"), map());
            assertThat(importMap.imports()).containsExactly(
                    Map.entry("a", "1"), Map.entry("b", "2"));
            assertThatThrownBy(() -> importMap.imports().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Options {
        @Test
        void allIsTheDefaultAndRestrictsNothing() {
            ImportMap.Options all = ImportMap.Options.all();
            assertThat(all.restricted()).isFalse();
            assertThat(all.include()).isEmpty();
            assertThat(all.entries()).isEmpty();
            assertThat(all.modules()).isEmpty();
        }

        @Test
        void includingAndEntriesTakeCommaSeparatedListsAndRestrict() {
            ImportMap.Options options = ImportMap.Options.all().including("js/**, vendor/*.js,").entries("/js/app.js, js/b.js");
            assertThat(options.include()).containsExactly("js/**", "vendor/*.js");
            assertThat(options.entries()).containsExactly("js/app.js", "js/b.js");
            assertThat(options.restricted()).isTrue();
            assertThat(ImportMap.Options.all().entries("js/app.js").restricted()).isTrue();
            assertThat(ImportMap.Options.all().including(" , ").restricted()).isFalse();
        }

        @Test
        void moduleAddsABareSpecifierAndDropsALeadingSlash() {
            ImportMap.Options options = ImportMap.Options.all().module("lit", "/vendor/lit/index.js").module("a/", "vendor/a/");
            assertThat(options.modules()).containsExactly(
                    Map.entry("a/", "vendor/a/"), Map.entry("lit", "vendor/lit/index.js"));
            assertThat(options.restricted()).isFalse();
        }

        @Test
        void moduleRefusesAPairThatCannotBeMapped() {
            assertThatThrownBy(() -> ImportMap.Options.all().module("lit", "vendor/lit/"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("An import map module: the module specifier 'lit' mapped to 'vendor/lit/' names a directory; "
                            + "a specifier without a trailing '/' maps to one module such as vendor/lit/index.js");
        }

        @Test
        void equalOptionsAreEqualSoThatTheirMapIsBuiltOnce() {
            assertThat(ImportMap.Options.all().including("js/**").module("lit", "v/lit.js"))
                    .isEqualTo(new ImportMap.Options(List.of("js/**"), List.of(), map("lit", "v/lit.js")));
        }
    }

    @Nested
    class Globs {
        @Test
        void starStaysInOneSegment() {
            assertThat(ImportMap.globPattern("js/*.js").matcher("js/app.js").matches()).isTrue();
            assertThat(ImportMap.globPattern("js/*.js").matcher("js/lib/a.js").matches()).isFalse();
        }

        @Test
        void doubleStarCrossesSegmentsAndMatchesNoneBeforeASlash() {
            assertThat(ImportMap.globPattern("js/**").matcher("js/lib/a.js").matches()).isTrue();
            assertThat(ImportMap.globPattern("js/**/a.js").matcher("js/a.js").matches()).isTrue();
            assertThat(ImportMap.globPattern("js/**/a.js").matcher("js/x/y/a.js").matches()).isTrue();
            assertThat(ImportMap.globPattern("**").matcher("vendor/x.js").matches()).isTrue();
        }

        @Test
        void questionMarkIsOneCharacterAndEverythingElseIsLiteral() {
            assertThat(ImportMap.globPattern("js/?.js").matcher("js/a.js").matches()).isTrue();
            assertThat(ImportMap.globPattern("js/?.js").matcher("js/ab.js").matches()).isFalse();
            assertThat(ImportMap.globPattern("js/a+(b).js").matcher("js/a+(b).js").matches()).isTrue();
            assertThat(ImportMap.globPattern("js/a.js").matcher("js/aXjs").matches()).isFalse();
        }
    }
}
