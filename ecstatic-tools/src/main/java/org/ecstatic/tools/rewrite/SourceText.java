package org.ecstatic.tools.rewrite;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a CSS or JavaScript file as the collector reads them: UTF-8 when they are well-formed
 * UTF-8, else ISO-8859-1, one character for each byte, so that a file in a legacy encoding keeps every
 * byte it has when its references are rewritten. The scanners' indexes count the characters of
 * {@link #text()}.
 *
 * @param text    the decoded text
 * @param charset what it was decoded with, and is encoded back with
 */
public record SourceText(String text, Charset charset) {

    public SourceText {
        if (text == null || charset == null) {
            throw new IllegalArgumentException("text and charset must not be null");
        }
    }

    /** Decodes {@code bytes}. */
    public static SourceText of(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
            return new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        }
        return new SourceText(utf8, StandardCharsets.UTF_8);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
