package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.Reference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssetTest {
    static final String CSS = ".a{background:url(../img/a.png)}\n";
    static final List<Reference> REFERENCES = List.of(new Reference(18, 30, 1, "../img/a.png"));

    @TempDir
    Path tmp;

    /** The asset {@code css/site.css} of {@code bytes}, stamped 1000 ms after the epoch, with what the last run knew. */
    Asset asset(byte[] bytes, CollectState.Entry previous, boolean noHash) {
        Path file = tmp.resolve("site.css");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Asset(new SourceFile("css/site.css", new SourceFile.InDirectory(file), bytes.length, 1000),
                previous, noHash);
    }

    Asset asset(CollectState.Entry previous) {
        return asset(CSS.getBytes(StandardCharsets.UTF_8), previous, false);
    }

    /** What a last run recorded of a file of {@code size} bytes modified at {@code modified}. */
    static CollectState.Entry previous(long size, long modified) {
        return new CollectState.Entry(size, modified, "5a".repeat(32), REFERENCES, List.of("img/a.png"),
                List.of("0123456789ab"), "abcdef012345", "sha256-abc=", 44, List.of("br", "gzip"),
                List.of(new CollectState.Written(44, 1), new CollectState.Written(44, 2),
                        new CollectState.Written(30, 3), new CollectState.Written(35, 4)));
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Nested
    class Reading {
        @Test
        void readsTheSourceAndItsSha256() throws NoSuchAlgorithmException {
            Asset asset = asset(null);

            asset.read();

            assertThat(asset.logical()).isEqualTo("css/site.css");
            assertThat(asset.bytes).isEqualTo(CSS.getBytes(StandardCharsets.UTF_8));
            assertThat(asset.sourceSha).isEqualTo(sha256(asset.bytes));
            assertThat(asset.sourceDigest.hex()).isEqualTo(asset.sourceSha);
            assertThat(asset.sourceChanged).isTrue();
        }

        @Test
        void releaseLetsGoOfTheBytes() {
            Asset asset = asset(null);
            asset.read();
            asset.output = asset.bytes;

            asset.release();

            assertThat(asset.bytes).isNull();
            assertThat(asset.output).isNull();
        }
    }

    @Nested
    class Stamps {
        @Test
        void aNewFileHasNoStampToCompare() {
            assertThat(asset(null).sameStamp()).isFalse();
        }

        @Test
        void theSameSizeAndModificationTimeAreTheSameStamp() {
            assertThat(asset(previous(CSS.length(), 1000)).sameStamp()).isTrue();
        }

        @Test
        void anotherSizeOrModificationTimeIsAnotherStamp() {
            assertThat(asset(previous(CSS.length() + 1, 1000)).sameStamp()).isFalse();
            assertThat(asset(previous(CSS.length(), 1001)).sameStamp()).isFalse();
        }
    }

    @Nested
    class TakingOver {
        @Test
        void anUnchangedSourceTakesItsShaAndReferencesFromTheLastRun() {
            CollectState.Entry previous = previous(CSS.length(), 1000);
            Asset asset = asset(previous);

            asset.takeOverSource();

            assertThat(asset.sourceChanged).isFalse();
            assertThat(asset.sourceSha).isEqualTo(previous.sourceSha());
            assertThat(asset.references).isEqualTo(REFERENCES);
            assertThat(asset.targets).containsExactly("img/a.png");
            assertThat(asset.bytes).isNull();
        }

        @Test
        void anUnchangedOutputTakesEverythingWrittenFromTheLastRunAndLetsGoOfTheBytes() {
            Asset asset = asset(previous(CSS.length(), 1000));
            asset.read();

            asset.takeOverOutput();

            assertThat(asset.referenceHashes).containsExactly("0123456789ab");
            assertThat(asset.hash).isEqualTo("abcdef012345");
            assertThat(asset.integrity).isEqualTo("sha256-abc=");
            assertThat(asset.outputSize).isEqualTo(44);
            assertThat(asset.encodings).containsExactly("br", "gzip");
            assertThat(asset.bytes).isNull();
        }
    }

    @Nested
    class Text {
        @Test
        void decodesUtf8() {
            byte[] bytes = "a{content:\"é→\"}".getBytes(StandardCharsets.UTF_8);
            Asset asset = asset(bytes, null, false);
            asset.read();

            assertThat(asset.text()).isEqualTo("a{content:\"é→\"}");
            assertThat(asset.encode(asset.text())).isEqualTo(bytes);
        }

        @Test
        void fallsBackToIso88591ByteForByteWhenTheFileIsNotUtf8() {
            byte[] bytes = {'a', '{', 'c', ':', '"', (byte) 0xE9, (byte) 0xFF, (byte) 0x80, '"', '}'};
            Asset asset = asset(bytes, null, false);
            asset.read();

            assertThat(asset.text()).isEqualTo("a{c:\"é\u00FF\u0080\"}");
            assertThat(asset.encode(asset.text())).isEqualTo(bytes);
            assertThat(asset.encode("url(a.0123456789ab.png) é"))
                    .isEqualTo("url(a.0123456789ab.png) é".getBytes(StandardCharsets.ISO_8859_1));
        }

        @Test
        void keepsUtf8WhenTheFileHoldsAnActualReplacementCharacter() {
            byte[] bytes = "a{content:\"\uFFFD é\"}".getBytes(StandardCharsets.UTF_8);
            Asset asset = asset(bytes, null, false);
            asset.read();

            assertThat(asset.text()).isEqualTo("a{content:\"\uFFFD é\"}");
            assertThat(asset.encode(asset.text())).isEqualTo(bytes);
        }

        @Test
        void keepsAByteOrderMarkAndLineEnds() {
            byte[] bytes = "\uFEFFa{}\r\nb{}\r".getBytes(StandardCharsets.UTF_8);
            Asset asset = asset(bytes, null, false);
            asset.read();

            assertThat(asset.text()).isEqualTo("\uFEFFa{}\r\nb{}\r");
            assertThat(asset.encode(asset.text())).isEqualTo(bytes);
        }

        @Test
        void decodesTheSourceOnce() {
            Asset asset = asset(null);
            asset.read();

            assertThat(asset.text()).isSameAs(asset.text());
        }
    }

    @Nested
    class Results {
        @Test
        void countsTheReferencesReplacedNotThoseKept() {
            Asset asset = asset(null);
            asset.referenceHashes = Arrays.asList("0123456789ab", null, "ba9876543210", null);

            assertThat(asset.replacedCount()).isEqualTo(2);
        }

        @Test
        void countsNothingBeforeRewriting() {
            assertThat(asset(null).replacedCount()).isZero();
        }

        @Test
        void remembersWhatTheNextRunNeeds() throws NoSuchAlgorithmException {
            Asset asset = asset(null);
            asset.read();
            asset.references = REFERENCES;
            asset.targets = List.of("img/a.png");
            asset.referenceHashes = List.of("0123456789ab");
            asset.hash = "abcdef012345";
            asset.integrity = "sha256-abc=";
            asset.outputSize = 44;
            asset.encodings = List.of("gzip");
            asset.written = List.of(new CollectState.Written(100, 5), new CollectState.Written(44, 6),
                    new CollectState.Written(30, 7));

            assertThat(asset.toEntry()).isEqualTo(new CollectState.Entry(CSS.length(), 1000,
                    sha256(CSS.getBytes(StandardCharsets.UTF_8)), REFERENCES, List.of("img/a.png"),
                    List.of("0123456789ab"), "abcdef012345", "sha256-abc=", 44, List.of("gzip"),
                    List.of(new CollectState.Written(100, 5), new CollectState.Written(44, 6),
                            new CollectState.Written(30, 7))));
        }

        @Test
        void aNoHashFileRemembersNoHash() {
            Asset asset = asset(CSS.getBytes(StandardCharsets.UTF_8), null, true);
            asset.read();
            asset.hash = "abcdef012345";
            asset.integrity = "sha256-abc=";

            assertThat(asset.toEntry().hash()).isNull();
            assertThat(asset.toEntry().integrity()).isEqualTo("sha256-abc=");
        }
    }
}
