package org.ecstatic.tools.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the module specifiers of a JavaScript file ({@code .js}, {@code .mjs}) and its source map
 * comment (as {@link SourceMapRewriter} does), with a tokenizer ({@link JsScanner}) rather than
 * regular expressions, so that words inside comments, strings, template literals and regular
 * expressions are never taken for imports.
 *
 * <p>Recognised, minified or not, with or without semicolons, across lines:
 * <ul>
 *   <li>{@code import x from './a.js'}, {@code import {a as b} from}, {@code import * as ns from},
 *       {@code import x, {y} from}, {@code import './a.js'}: {@link Reference.Kind#STATIC_IMPORT};</li>
 *   <li>{@code export {a} from './a.js'}, {@code export * from}, {@code export * as ns from}: also
 *       {@link Reference.Kind#STATIC_IMPORT};</li>
 *   <li>{@code import('./a.js')} and {@code import(`./a.js`)} (a template without {@code ${}}):
 *       {@link Reference.Kind#DYNAMIC_IMPORT};</li>
 *   <li>{@code new URL('./a.wasm', import.meta.url)}: {@link Reference.Kind#MODULE_URL}. Here, as in
 *       any URL, {@code 'a.wasm'} without {@code ./} is relative too; a directory ({@code './'},
 *       {@code '../'}, anything ending in {@code /}) is left alone.</li>
 * </ul>
 * Import attributes ({@code with {type: 'json'}}, the older {@code assert {…}}) are kept as written.
 * A module specifier is returned when it is relative ({@code ./}, {@code ../}) or root-relative
 * ({@code /static/…}); a bare one ({@code 'lit'}) is a {@link ScanNote.Kind#BARE_SPECIFIER} note, an
 * {@code import()} of anything but a literal a {@link ScanNote.Kind#DYNAMIC_IMPORT} note; URLs with a
 * scheme, protocol-relative ones and specifiers written with a backslash escape are left alone. Never
 * taken for an import: {@code import.meta}, {@code obj.import(…)}, {@code { import: 1 }}, a method
 * named {@code import}, names such as {@code from} anywhere but in an import or export.
 *
 * <p>Known limits: a {@code }} that closes a block written where an expression could also stand
 * ({@code case 1: {…}}) is taken for the end of an object literal, so a {@code /} right after it
 * divides; {@code of} and {@code let} are taken for names, so {@code for (x of /re/g…)} is misread;
 * HTML-like comments ({@code <!--}, {@code -->}), which modules do not allow, are not known. A string,
 * comment or template literal left open is noted ({@link ScanNote.Kind#UNTERMINATED}); the scan goes
 * on (after a string, from the next line) and never fails.
 *
 * <pre>{@code
 * new JsRewriter().references("import {html} from './lit.js';");
 * // [Reference[start=20, end=28, line=1, target=./lit.js, kind=STATIC_IMPORT]]
 * }</pre>
 */
public final class JsRewriter implements Rewriter {

    private static final SourceMapRewriter SOURCE_MAP = new SourceMapRewriter();

    /**
     * Finds in the bytes of a script what {@link JsScanner} finds in its text: the scanner of the
     * collector's native library is one. Returns {@code {flags, kind, a, b, kind, a, b, ...}}: flags
     * {@link #SOURCE_MAP_KEY}, {@link #LATIN1}, {@link #NOT_SCANNED} and {@link #ASCII}, then three ints for each thing
     * found, as {@code Events} has them (indexes in characters of the text that
     * {@link SourceText#of(byte[])} decodes); or null (or nothing) when it cannot, and the text is scanned in Java.
     */
    @FunctionalInterface
    public interface Tokenizer {
        /** The bytes hold {@code sourceMappingURL=}: the last line is read for a source map comment. */
        int SOURCE_MAP_KEY = 1;
        /** The bytes are not well-formed UTF-8 and were scanned as ISO-8859-1 (not told when not scanned). */
        int LATIN1 = 2;
        /** No word that starts a form with a specifier occurs ({@code import}, {@code export}, {@code URL}): not scanned. */
        int NOT_SCANNED = 4;
        /** The bytes are all ASCII, each a character of the text (not told when not scanned). */
        int ASCII = 8;

        int[] scan(byte[] bytes);

        /** The tokenizer in Java: {@link JsScanner} over the decoded text; what any other must match. */
        Tokenizer JAVA = bytes -> {
            SourceText source = SourceText.of(bytes);
            String text = source.text();
            int flags = text.contains("sourceMappingURL=") ? SOURCE_MAP_KEY : 0;
            if (!mayHoldSpecifiers(text)) {
                return new int[]{flags | NOT_SCANNED};
            }
            flags |= source.charset().equals(StandardCharsets.ISO_8859_1) ? LATIN1 : 0;
            flags |= source.charset().equals(StandardCharsets.UTF_8) && text.length() == bytes.length ? ASCII : 0;
            int[] events = new JsScanner(text).events();
            int[] result = new int[events.length + 1];
            result[0] = flags;
            System.arraycopy(events, 0, result, 1, events.length);
            return result;
        };
    }

    /** Scans bytes with it first, when not null. */
    private final Tokenizer tokenizer;

    /** A rewriter that scans in Java. */
    public JsRewriter() {
        this(null);
    }

    /** A rewriter that scans the bytes of a file with {@code tokenizer} (when not null), and only then decodes what it must. */
    public JsRewriter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public List<Reference> references(String text) {
        return scan(text).references();
    }

    @Override
    public Scan scan(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        List<Reference> sourceMap = SOURCE_MAP.references(text);
        if (!mayHoldSpecifiers(text)) {
            return new Scan(sourceMap, List.of());
        }
        return merged(sourceMap, new JsScanner(text).scan());
    }

    /**
     * Scans the bytes with the tokenizer, when there is one: a script in which it finds nothing, and no
     * {@code sourceMappingURL=}, is never decoded, and one of ASCII characters is taken as it is when
     * {@code text} is a {@link TextOfBytes}. Without a tokenizer, or when it cannot, as
     * {@link #scan(String)} does.
     */
    @Override
    public Scan scan(byte[] bytes, Supplier<String> text) {
        int[] found = tokenizer == null ? null : tokenizer.scan(bytes);
        if (found == null || found.length == 0) {
            return scan(text.get());
        }
        boolean sourceMapKey = (found[0] & Tokenizer.SOURCE_MAP_KEY) != 0;
        if (found.length == 1 && !sourceMapKey) {
            return new Scan(List.of(), List.of());
        }
        CharSequence source = (found[0] & Tokenizer.ASCII) != 0 && text instanceof TextOfBytes ascii ? ascii.ascii() : text.get();
        Scan modules;
        try {
            modules = Events.toScan(source, found, 1);
        } catch (IllegalArgumentException e) {
            return scan(source.toString()); // ints that do not fit the text: the Java scanner decides
        }
        return merged(sourceMapKey ? SOURCE_MAP.references(source.toString()) : List.of(), modules);
    }

    private static Scan merged(List<Reference> sourceMap, Scan modules) {
        if (sourceMap.isEmpty()) {
            return modules;
        }
        List<Reference> all = new ArrayList<>(modules.references());
        all.addAll(sourceMap); // on the last line, in a comment: after every specifier
        return new Scan(all, modules.notes());
    }

    /** Whether the text holds a word that starts a form with a specifier: most scripts have none, and are not scanned. */
    private static boolean mayHoldSpecifiers(String text) {
        return text.contains("import") || text.contains("export") || text.contains("URL");
    }
}
