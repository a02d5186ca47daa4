package org.ecstatic.tools.rewrite;

import java.util.function.Supplier;

/**
 * Gives the text of a file's bytes, as {@link SourceText#of(byte[])} decodes them; a rewriter that knows
 * the bytes are all ASCII asks for {@link #ascii()} instead, which need not decode them: each byte is a
 * character.
 */
public interface TextOfBytes extends Supplier<String> {

    /** Returns the text of bytes that are all ASCII, the same as {@link #get()}. */
    String ascii();
}
