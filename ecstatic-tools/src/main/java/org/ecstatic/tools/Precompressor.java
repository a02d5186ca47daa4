package org.ecstatic.tools;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.ecstatic.runtime.EcstaticException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code .gz} (level 9) and {@code .br} forms of compressible files: style sheets,
 * scripts, SVG, JSON, HTML, text, XML, source maps, WASM and fonts other than WOFF/WOFF2. A form that
 * saves less than 5% is not kept.
 */
final class Precompressor {
    private static final Set<String> COMPRESSIBLE = Set.of(
            "css", "js", "mjs", "svg", "json", "html", "htm", "txt", "xml", "map", "wasm", "ttf", "otf", "eot");

    /** The encodings a compressed form can have, by their manifest names. */
    static final Set<String> ENCODINGS = Set.of("br", "gzip");

    private Precompressor() {
    }

    /** Returns whether files named like {@code name} are worth compressing. */
    static boolean isCompressible(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && COMPRESSIBLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the compressed forms that save at least 5%, by manifest encoding name ({@code br},
     * {@code gzip}); empty when none does.
     */
    static Map<String, byte[]> compress(byte[] bytes, int brotliQuality) {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        keepIfSmaller(forms, "br", brotli(bytes, brotliQuality), bytes.length);
        keepIfSmaller(forms, "gzip", gzip(bytes), bytes.length);
        return forms;
    }

    /** Returns the file name suffix of an encoding: {@code .br} or {@code .gz}. */
    static String suffix(String encoding) {
        return encoding.equals("gzip") ? ".gz" : ".br";
    }

    private static void keepIfSmaller(Map<String, byte[]> forms, String encoding, byte[] compressed, int original) {
        if (compressed.length <= original * 0.95) {
            forms.put(encoding, compressed);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] brotli(byte[] bytes, int quality) {
        try {
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(quality));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the native Brotli library.
     *
     * @throws EcstaticException when this platform has none
     */
    static void ensureBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new EcstaticException("Brotli is not available on this platform (" + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + "): " + e.getMessage()
                    + ". Run without precompression (--no-precompress, ecstatic.precompress=false).", e);
        }
    }
}
