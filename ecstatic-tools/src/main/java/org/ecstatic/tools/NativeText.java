package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.SourceText;

import java.nio.charset.StandardCharsets;

/**
 * Decoding the bytes of a style sheet or script with the collector's {@link NativeLibrary}, as
 * {@link SourceText#of} decodes them: UTF-8 when they are well-formed UTF-8, else ISO-8859-1. A JVM
 * started for one run decodes UTF-8 with C1 code, a byte at a time; the library's decoder is the one its
 * JavaScript scanner reads scripts with. A library that does not load, or does not decode a self-check
 * as the JDK does, leaves {@link SourceText#of} in use; so does {@code -Decstatic.nativeText=false}.
 */
final class NativeText {
    /** The system property that turns the native decoder off. */
    static final String PROPERTY = "ecstatic.nativeText";

    private NativeText() {
    }

    /** Returns the text of {@code bytes}, the same as {@link SourceText#of} returns. */
    static SourceText decode(byte[] bytes) {
        if (!Loaded.NATIVE) {
            return SourceText.of(bytes);
        }
        String utf8 = decode0(bytes);
        return utf8 != null ? new SourceText(utf8, StandardCharsets.UTF_8)
                : new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    /** Returns whether the library decodes. */
    static boolean isNative() {
        return Loaded.NATIVE;
    }

    private static native String decode0(byte[] bytes);

    /**
     * Text in one, two, three and four bytes a character (and a character the JDK writes with a
     * surrogate pair), and bytes that are not UTF-8 in five ways: a lone continuation byte, a sequence cut
     * short, an overlong form, an encoded surrogate and a byte no UTF-8 has.
     */
    static final byte[][] SELF_CHECK = {
            "a \u00e9 \u20ac \ud834\udd1e \ufffd z".getBytes(StandardCharsets.UTF_8),
            {'a', (byte) 0x80, 'b'},
            {'a', (byte) 0xE2, (byte) 0x82},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'a', (byte) 0xFF},
            {}};

    private static boolean selfCheck() {
        for (byte[] bytes : SELF_CHECK) {
            SourceText expected = SourceText.of(bytes);
            String utf8 = decode0(bytes);
            if (expected.charset().equals(StandardCharsets.UTF_8) ? !expected.text().equals(utf8) : utf8 != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean load() {
        if (NativeLibrary.unusable(PROPERTY) != null) {
            return false;
        }
        try {
            return selfCheck();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The library, checked when first asked for. */
    private static final class Loaded {
        static final boolean NATIVE = load();
    }
}
