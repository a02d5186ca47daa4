package org.ecstatic.tools.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTargetTest {

    private static final String HASH = "3f2a1b9c0d4e";

    @Nested
    class Parsing {

        @ParameterizedTest(name = "{0} -> [{1}] [{2}]")
        @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", value = {
                "a.png|a.png|",
                "../img/a.png|../img/a.png|",
                "fonts/a.woff2?v=3|fonts/a.woff2|?v=3",
                "fonts/a.eot#iefix|fonts/a.eot|#iefix",
                "fonts/a.eot?#iefix|fonts/a.eot|?#iefix",
                "sprite.svg#svg-id|sprite.svg|#svg-id",
                "a.png?x=1#y?z|a.png|?x=1#y?z",
                "my%20image.png|my%20image.png|",
                "`#only`||#only",
                "?only||?only"})
        void splitsAtTheFirstQuestionMarkOrHashKeepingBothAsWritten(String target, String path, String suffix) {
            ReferenceTarget parsed = ReferenceTarget.parse(target);
            assertThat(parsed.path()).isEqualTo(path == null ? "" : path);
            assertThat(parsed.suffix()).isEqualTo(suffix == null ? "" : suffix);
            assertThat(parsed.toString()).isEqualTo(target);
        }

        @Test
        void rejectsANullTarget() {
            assertThatThrownBy(() -> ReferenceTarget.parse(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target must not be null");
        }
    }

    @Nested
    class Locality {

        @ParameterizedTest
        @ValueSource(strings = {"a.png", "../a.png", "./a.png", "/static/a.png", "a.png?v=1", "a.svg#x",
                "my%20image.png", "%2523.png", "%2Fx%23", "1a:b.png", "a_b:c.png", "a b:c.png", "\u00e9:x.png", "a/b:c.png"})
        void localTargetsNameAFile(String target) {
            assertThat(ReferenceTarget.parse(target).isLocal()).isTrue();
            assertThat(ReferenceTarget.isLocal(target)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "#id", "?v=1", "data:image/png;base64,AA", "DATA:,x", "https://a/b.png",
                "HTTP://a/b.png", "blob:https://a/1", "about:blank", "mailto:a@b.c", "ftp://h/f", "a+b.c-d:x",
                "//cdn.example.com/a.png", "%23id", "%23", "a:b/c.png"})
        void everythingElseIsNotLocal(String target) {
            assertThat(ReferenceTarget.parse(target).isLocal()).isFalse();
            assertThat(ReferenceTarget.isLocal(target)).isFalse();
        }
    }

    @Nested
    class Decoding {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "my%20image.png|my image.png",
                "../img/my%20image.png?#iefix|../img/my image.png",
                "caf%C3%A9.png|café.png",
                "caf%c3%a9.png|café.png",
                "100%25.png|100%.png",
                "a+b.png|a+b.png",
                "a\\).png|a).png",
                "my\\ image.png|my image.png",
                "my\\20 image.png|my image.png",
                "it\\'s.png|it's.png",
                "\\\\61 .png|\\61 .png",
                "%E2%82%AC\\2603 .png|€☃.png",
                "日本.png|日本.png"})
        void undoesCssEscapesThenPercentEncodingAsUtf8(String target, String decoded) {
            assertThat(ReferenceTarget.parse(target).decodedPath()).isEqualTo(decoded);
        }

        @ParameterizedTest
        @ValueSource(strings = {"a%", "a%2", "a%zz.png", "a%2G.png", "%C3.png", "%E9t%E9.png", "%FF.png", "%C3%28.png"})
        void malformedPercentEncodingDecodesToNull(String target) {
            assertThat(ReferenceTarget.parse(target).decodedPath()).isNull();
        }
    }

    @Nested
    class Hashing {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "a.png|a.3f2a1b9c0d4e.png",
                "../img/my%20image.png?#iefix|../img/my%20image.3f2a1b9c0d4e.png?#iefix",
                "../img/my image.png|../img/my image.3f2a1b9c0d4e.png",
                "/static/css/site.css|/static/css/site.3f2a1b9c0d4e.css",
                "js/app.min.js|js/app.min.3f2a1b9c0d4e.js",
                "fonts/a.woff2?v=4.7.0|fonts/a.3f2a1b9c0d4e.woff2?v=4.7.0",
                "sprite.svg#svg-id|sprite.3f2a1b9c0d4e.svg#svg-id",
                "LICENSE|LICENSE.3f2a1b9c0d4e",
                "img/a.0123456789ab.png|img/a.3f2a1b9c0d4e.png",
                "a.v1.2/b.png|a.v1.2/b.3f2a1b9c0d4e.png",
                "a\\).png|a\\).3f2a1b9c0d4e.png"})
        void insertsTheHashIntoTheLastSegmentKeepingEverythingElseAsWritten(String target, String hashed) {
            assertThat(ReferenceTarget.parse(target).withHash(HASH)).isEqualTo(hashed);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "a\\2e png|a.3f2a1b9c0d4e.png",
                "../img/a\\2e png?v=1|../img/a.3f2a1b9c0d4e.png?v=1",
                "img/caf\\e9\\2e png|img/caf%C3%A9.3f2a1b9c0d4e.png",
                "my%20dir/a\\2e png|my%20dir/a.3f2a1b9c0d4e.png"})
        void decodesAnEscapeThatHidesTheExtensionAndWritesThePathPercentEncoded(String target, String hashed) {
            assertThat(ReferenceTarget.parse(target).withHash(HASH)).isEqualTo(hashed);
        }

        @Test
        void rejectsAMalformedHash() {
            assertThatThrownBy(() -> ReferenceTarget.parse("a.png").withHash("ABC"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("hash must be 12 lowercase hex digits, not 'ABC'");
        }

        @Test
        void rejectsATargetWithoutAFileName() {
            assertThatThrownBy(() -> ReferenceTarget.parse("#x").withHash(HASH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'#x' names no file to hash");
            assertThatThrownBy(() -> ReferenceTarget.parse("img/?v=1").withHash(HASH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'img/' names a directory, not a file");
        }
    }
}
