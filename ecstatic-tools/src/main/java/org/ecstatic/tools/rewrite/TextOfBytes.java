package org.ecstatic.tools.rewrite;

import java.util.function.Supplier;

/**
 * Gives the text of a file's bytes, as {@link SourceText#of(byte[])} decodes them; a rewriter that knows
 * the bytes are all ASCII asks for {@link #ascii()} instead, which need not decode nor copy them: each
 * byte is a character.
 */
public interface TextOfBytes extends Supplier<String> {

    /** Returns the text of bytes that are all ASCII, the same characters as {@link #get()}. */
    CharSequence ascii();

    /** The text of bytes that are all ASCII, read where they are: each byte is a character. */
    static CharSequence asciiView(byte[] bytes) {
        return new AsciiView(bytes, 0, bytes.length);
    }

    /** A range of ASCII bytes as characters. */
    final class AsciiView implements CharSequence {
        private final byte[] bytes;
        private final int from;
        private final int to;

        private AsciiView(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException("index " + index + " of " + (to - from) + " characters");
            }
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || end < start || end > to - from) {
                throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + (to - from) + " characters");
            }
            return new AsciiView(bytes, from + start, from + end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
