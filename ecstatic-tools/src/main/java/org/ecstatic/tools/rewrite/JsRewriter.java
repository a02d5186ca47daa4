package org.ecstatic.tools.rewrite;

import java.util.ArrayList;
import java.util.List;

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
        Scan modules = new JsScanner(text).scan();
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
