package org.ecstatic.tools;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PrecompressorTest {
    static final Path BOOTSTRAP_CSS = Fixtures.ROOT.resolve("thirdparty/bootstrap/css/bootstrap.css");
    static final Path FONT_AWESOME_TTF = Fixtures.ROOT.resolve("thirdparty/fontawesome/webfonts/fa-solid-900.ttf");

    @BeforeAll
    static void brotli() {
        Precompressor.ensureBrotli();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] unbrotli(byte[] compressed) {
        try {
            DirectDecompress result = Decoder.decompress(compressed);
            assertThat(result.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
            return result.getDecompressedData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that do not compress: {@code length} bytes of a seeded random sequence. */
    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Nested
    class WhichFiles {
        @ParameterizedTest
        @ValueSource(strings = {"site.css", "app.js", "app.min.js", "module.mjs", "logo.svg", "data.json",
                "index.html", "index.htm", "robots.txt", "sitemap.xml", "app.js.map", "lib.wasm", "font.ttf",
                "font.otf", "font.eot", "css/site.css", "SITE.CSS", "Logo.Svg"})
        void compressesTextScriptsSvgMapsWasmAndFontsThatAreNotCompressedAlready(String name) {
            assertThat(Precompressor.isCompressible(name)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"logo.png", "photo.jpg", "photo.jpeg", "anim.gif", "hero.webp", "hero.avif",
                "favicon.ico", "font.woff", "font.woff2", "site.css.gz", "site.css.br", "archive.zip", "clip.mp4",
                "doc.pdf"})
        void skipsImagesWoffFontsAndArchivesWhichAreCompressedAlready(String name) {
            assertThat(Precompressor.isCompressible(name)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"LICENSE", "css", "v1.2/LICENSE", "site.css.orig", "site.", ""})
        void skipsNamesWhoseLastExtensionIsNotListed(String name) {
            assertThat(Precompressor.isCompressible(name)).isFalse();
        }
    }

    @Nested
    class Forms {
        @Test
        void givesBrotliThenGzipAndEachDecompressesToTheInput() {
            byte[] css = read(BOOTSTRAP_CSS);

            Map<String, byte[]> forms = Precompressor.compress(css, 8);

            assertThat(forms).containsOnlyKeys("br", "gzip");
            assertThat(forms.keySet()).containsExactly("br", "gzip");
            assertThat(unbrotli(forms.get("br"))).isEqualTo(css);
            assertThat(gunzip(forms.get("gzip"))).isEqualTo(css);
            assertThat(forms.get("br").length).isLessThan(forms.get("gzip").length).isLessThan(css.length / 4);
        }

        @Test
        void compressesBinaryFontsToo() {
            byte[] ttf = read(FONT_AWESOME_TTF);

            Map<String, byte[]> forms = Precompressor.compress(ttf, 8);

            assertThat(forms.keySet()).containsExactly("br", "gzip");
            assertThat(unbrotli(forms.get("br"))).isEqualTo(ttf);
            assertThat(gunzip(forms.get("gzip"))).isEqualTo(ttf);
        }

        @Test
        void gzipIsADeflateStreamAtLevelNineInAGzipFrame() {
            byte[] css = read(BOOTSTRAP_CSS);

            byte[] gzip = Precompressor.gzip(css);

            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(css);
            deflater.finish();
            byte[] buffer = new byte[css.length];
            int length = deflater.deflate(buffer);
            deflater.end();
            assertThat(Arrays.copyOfRange(gzip, 0, 2)).containsExactly(0x1f, 0x8b);
            assertThat(Arrays.copyOfRange(gzip, 10, gzip.length - 8)).isEqualTo(Arrays.copyOf(buffer, length));
        }

        @Test
        void theBrotliQualityChangesOnlyTheBrotliForm() {
            byte[] css = read(BOOTSTRAP_CSS);

            Map<String, byte[]> fast = Precompressor.compress(css, 0);
            Map<String, byte[]> best = Precompressor.compress(css, 11);

            assertThat(unbrotli(fast.get("br"))).isEqualTo(css);
            assertThat(unbrotli(best.get("br"))).isEqualTo(css);
            assertThat(best.get("br").length).isLessThan(fast.get("br").length);
            assertThat(best.get("gzip")).isEqualTo(fast.get("gzip"));
            assertThat(best.get("br")).isEqualTo(Precompressor.brotli(css, 11));
        }

        @Test
        void namesEachFormWithTheSuffixOfItsFile() {
            assertThat(Precompressor.suffix("gzip")).isEqualTo(".gz");
            assertThat(Precompressor.suffix("br")).isEqualTo(".br");
        }
    }

    @Nested
    class FormsThatSaveTooLittle {
        @Test
        void incompressibleBytesGetNoForm() {
            assertThat(Precompressor.compress(random(4096), 8)).isEmpty();
        }

        @Test
        void aTinyFileGetsNoFormBecauseTheFramesOutweighTheSaving() {
            assertThat(Precompressor.compress("a{b:c}\n".getBytes(StandardCharsets.UTF_8), 8)).isEmpty();
        }

        @Test
        void anEmptyFileGetsNoForm() {
            assertThat(Precompressor.compress(new byte[0], 8)).isEmpty();
        }

        @Test
        void keepsBrotliAloneWhenTheGzipFrameEatsTheSaving() {
            byte[] html = "<html><head><title>x</title></head><body></body></html>\n".getBytes(StandardCharsets.UTF_8);

            Map<String, byte[]> forms = Precompressor.compress(html, 8);

            assertThat(Precompressor.gzip(html).length).isGreaterThan(html.length);
            assertThat(forms.keySet()).containsExactly("br");
            assertThat(unbrotli(forms.get("br"))).isEqualTo(html);
        }

        @Test
        void keepsAFormThatSavesExactlyFivePercentAndDropsOneThatSavesLess() {
            byte[] savesFive = hundredBytesWhoseGzipIs(95);
            byte[] savesFour = hundredBytesWhoseGzipIs(96);

            assertThat(Precompressor.compress(savesFive, 8)).containsKey("gzip");
            assertThat(gunzip(Precompressor.compress(savesFive, 8).get("gzip"))).isEqualTo(savesFive);
            assertThat(Precompressor.compress(savesFour, 8)).doesNotContainKey("gzip");
        }

        /**
         * Returns 100 bytes, random letters and then {@code a}s, whose gzip form is {@code length} bytes
         * long: more random letters make a longer form, so one of the 101 mixes has it.
         */
        private byte[] hundredBytesWhoseGzipIs(int length) {
            String letters = "qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM0123456789";
            for (int randomLetters = 0; randomLetters <= 100; randomLetters++) {
                Random random = new Random(42);
                byte[] bytes = new byte[100];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (i < randomLetters ? letters.charAt(random.nextInt(letters.length())) : 'a');
                }
                if (Precompressor.gzip(bytes).length == length) {
                    return bytes;
                }
            }
            throw new AssertionError("no mix of 100 bytes has a gzip form of " + length + " bytes");
        }
    }
}
