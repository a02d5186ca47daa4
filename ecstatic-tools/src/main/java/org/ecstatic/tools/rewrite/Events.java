package org.ecstatic.tools.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * What a JavaScript scan finds, as ints: three for each thing found, {@code kind, a, b}, in the order
 * the scan met them, indexes counted in UTF-16 units of the text as {@link String} has them. The Java
 * scanner ({@link JsScanner}) and the one in the collector's native library write the same ints; they
 * are made into references and notes here, with the text, for either.
 *
 * <ul>
 *   <li>{@link #STATIC_IMPORT}, {@link #DYNAMIC_IMPORT}, {@link #MODULE_URL}: a string or template token
 *       {@code [a, b)}, quotes included, that stands where a module specifier does; whether it is a
 *       reference, a bare specifier or neither is decided here;</li>
 *   <li>{@link #UNTERMINATED}: something left open at {@code a}: {@code b} is {@link #OPEN_STRING},
 *       {@link #OPEN_TEMPLATE} or {@link #OPEN_COMMENT};</li>
 *   <li>{@link #COMPUTED_IMPORT}: an {@code import(…)} of a computed name, {@code [a, b)}.</li>
 * </ul>
 */
final class Events {
    static final int STATIC_IMPORT = 1;
    static final int DYNAMIC_IMPORT = 2;
    static final int MODULE_URL = 3;
    static final int UNTERMINATED = 4;
    static final int COMPUTED_IMPORT = 5;

    static final int OPEN_STRING = 0;
    static final int OPEN_TEMPLATE = 1;
    static final int OPEN_COMMENT = 2;
    private static final String[] OPEN = {"a string", "a template literal", "a comment"};

    private Events() {
    }

    /**
     * Returns the references and notes that {@code events[from…]} stand for in {@code text}.
     *
     * @throws IllegalArgumentException when an event is not of a known kind or does not fit the text
     */
    static Scan toScan(CharSequence text, int[] events, int from) {
        if ((events.length - from) % 3 != 0) {
            throw new IllegalArgumentException("events come in threes, not " + (events.length - from) + " ints");
        }
        List<Reference> found = new ArrayList<>();
        List<ScanNote> notes = new ArrayList<>();
        LineIndex lines = LineIndex.of(text);
        for (int i = from; i < events.length; i += 3) {
            int kind = events[i];
            int a = events[i + 1];
            int b = events[i + 2];
            switch (kind) {
                case STATIC_IMPORT, DYNAMIC_IMPORT, MODULE_URL -> {
                    check(text, a, b);
                    specifier(text, a, b, kind == STATIC_IMPORT ? Reference.Kind.STATIC_IMPORT
                            : kind == DYNAMIC_IMPORT ? Reference.Kind.DYNAMIC_IMPORT : Reference.Kind.MODULE_URL,
                            lines, found, notes);
                }
                case UNTERMINATED -> {
                    check(text, a, a);
                    if (b < 0 || b >= OPEN.length) {
                        throw new IllegalArgumentException("no such open construct: " + b);
                    }
                    notes.add(new ScanNote(ScanNote.Kind.UNTERMINATED, lines.lineOf(a), OPEN[b]));
                }
                case COMPUTED_IMPORT -> {
                    check(text, a, b);
                    notes.add(new ScanNote(ScanNote.Kind.DYNAMIC_IMPORT, lines.lineOf(a), shortened(text, a, b)));
                }
                default -> throw new IllegalArgumentException("no such event: " + kind);
            }
        }
        return new Scan(found, notes);
    }

    private static void check(CharSequence text, int a, int b) {
        if (a < 0 || b < a || b > text.length()) {
            throw new IllegalArgumentException("[" + a + ", " + b + ") is not within a text of " + text.length());
        }
    }

    /**
     * Takes the string or template token {@code [start, end)} as a specifier of {@code kind}: a relative
     * or root-relative one as a reference, a bare one as a note; a URL with a scheme, a
     * protocol-relative one and one with a backslash escape are left alone.
     */
    private static void specifier(CharSequence text, int start, int end, Reference.Kind kind, LineIndex lines,
                                  List<Reference> found, List<ScanNote> notes) {
        int from = start + 1;
        int to = end - 1;
        if (to <= from) {
            return;
        }
        String value = text.subSequence(from, to).toString();
        if (value.indexOf('\\') >= 0) {
            return;
        }
        if (kind == Reference.Kind.MODULE_URL) {
            if (!value.endsWith("/") && !value.equals(".") && !value.equals("..")
                    && ReferenceTarget.isLocal(value)) {
                found.add(new Reference(from, to, lines.lineOf(from), value, kind));
            }
        } else if (value.startsWith("./") || value.startsWith("../") || value.startsWith("/")) {
            if (ReferenceTarget.isLocal(value)) {
                found.add(new Reference(from, to, lines.lineOf(from), value, kind));
            }
        } else if (ReferenceTarget.isLocal(value)) {
            notes.add(new ScanNote(ScanNote.Kind.BARE_SPECIFIER, lines.lineOf(from), value));
        }
    }

    /** Returns {@code text[start, end)} with each run of white space as one space, cut at 60 characters. */
    private static String shortened(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(Math.min(end - start, 61));
        for (int i = start; i < end && out.length() <= 60; i++) {
            char c = text.charAt(i);
            if (JsScanner.isWhitespace(c)) {
                if (out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.length() > 60 ? out.substring(0, 59) + "…" : out.toString();
    }
}
