package org.ecstatic.tools.rewrite;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens and forms of {@link JsScanner}, one kind at a time, on short modules. Each found
 * specifier is shown as {@code KIND target @line}; specifiers that must not be found are named
 * {@code no*}. Ranges are checked by {@link #found}: each one holds exactly the target.
 */
class JsScannerTest {

    static Scan scan(String text) {
        return new JsScanner(text).scan();
    }

    /** The specifiers found in {@code text}, as {@code KIND target @line}, each range checked. */
    static List<String> found(String text) {
        return scan(text).references().stream().map(r -> {
            assertThat(text.substring(r.start(), r.end())).isEqualTo(r.target());
            return r.kind() + " " + r.target() + " @" + r.line();
        }).toList();
    }

    /** The specifiers found in {@code text}, as {@link #found} gives them, after checking that nothing was noted. */
    static List<String> foundCleanly(String text) {
        assertThat(notes(text)).as("notes of %s", text).isEmpty();
        return found(text);
    }

    /** The notes of {@code text}, as {@code KIND text @line}. */
    static List<String> notes(String text) {
        return scan(text).notes().stream().map(n -> n.kind() + " " + n.text() + " @" + n.line()).toList();
    }

    @Nested
    class Comments {
        @Test
        void skipsImportsInLineAndBlockComments() {
            String text = "// import a from './no1.js'\n/* import './no2.js'; export * from './no3.js' */\n"
                    + "import b from './b.js' // from './no4.js'\n";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./b.js @3");
        }

        @Test
        void aBlockCommentMaySitInsideAnImport() {
            String text = "import /* default */ a, /* names */ {b} /* from './no.js' */ from /* here */ './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1");
        }

        @Test
        void skipsAHashbangAtTheStart() {
            String text = "#!/usr/bin/env node import './no.js'\nimport './a.js'\n";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void aSlashStarInsideAStringIsNoComment() {
            String text = "const s = '/*'; import './a.js'; const t = '*/';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1");
        }
    }

    @Nested
    class Strings {
        @Test
        void skipsImportsInsideStrings() {
            String text = "const a = \"import x from './no1.js'\"; const b = 'export * from \"./no2.js\"';\nimport './c.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./c.js @2");
        }

        @Test
        void knowsEscapedQuotesAndLineContinuations() {
            String text = "const a = 'it\\'s import \"./no1.js\"', b = \"a \\\" import './no2.js'\", c = 'x\\\nimport \"./no3.js\"';\n"
                    + "import './d.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./d.js @3");
        }

        @Test
        void aSpecifierKeepsItsQueryAndFragment() {
            String text = "import './a.js?v=2#top';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js?v=2#top @1");
        }

        @Test
        void leavesASpecifierWithABackslashEscapeAlone() {
            assertThat(found("import './n\\u006f.js';")).isEmpty();
        }
    }

    @Nested
    class Templates {
        @Test
        void skipsImportsInsideTemplates() {
            String text = "const t = `import x from './no1.js'\nexport * from './no2.js'`;\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @3");
        }

        @Test
        void readsSubstitutionsNestedToAnyDepthWithStringsAndTemplatesInside() {
            String text = "const t = `a ${ `b ${ {k: 'c}`'}.k + `${'}'}` } d` } import './no.js'`;\n"
                    + "import './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void findsAnImportWrittenInsideASubstitution() {
            String text = "const t = `${await import('./a.js')}`;";
            assertThat(foundCleanly(text)).containsExactly("DYNAMIC_IMPORT ./a.js @1");
        }

        @Test
        void aBraceInsideASubstitutionClosesItsOwnObjectFirst() {
            String text = "const t = `${ {a: 1}.a } import './no.js' ${ {b: {c: 2}}.b.c }`; import './a.js'";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1");
        }
    }

    @Nested
    class Regexes {
        @Test
        void skipsQuotesAndImportsInsideARegex() {
            String text = "const r = /import '.\\/no.js'|[/']/g;\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void takesASlashAfterANameANumberOrAClosingBracketForADivision() {
            String text = "const a = b / 2 / c, d = 4 / x[1] / (y) / 'q'.length;\nimport './a.js' // '\n";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void takesASlashAfterKeywordsForARegex() {
            String text = "function f(x) { if (x) return /'/.test(x); return typeof /\"/ }\n"
                    + "switch (y) { case /'/: break }\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @3");
        }

        @Test
        void takesASlashAfterTheHeadOfAnIfForARegex() {
            String text = "if (ok) /'/.test(s) && go();\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void takesASlashAfterPlusPlusForADivision() {
            String text = "let i = 0; i++ / 2; const q = '/';\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void takesASlashAfterABlockForARegexAndAfterAnObjectForADivision() {
            String text = "{ }\n/'/.test(s);\nconst o = {a: 1} / 2 / 'x'.length;\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @4");
        }

        @Test
        void knowsASlashInsideACharacterClass() {
            String text = "const r = /[/]import '.\\/no.js'/;\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void aPropertyNamedLikeAKeywordIsANameBeforeADivision() {
            String text = "const a = x.return / 2, b = y.typeof / 3;\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void aRegexThatDoesNotEndOnItsLineIsADivisionAfterAll() {
            String text = "let a = (b) / c\nimport './a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }
    }

    @Nested
    class Minified {
        @Test
        void findsImportsWithoutSpaces() {
            String text = "import\"./a.js\";import{b as c}from\"./b.js\";import*as d from\"./d.js\";"
                    + "export*from\"./e.js\";export{f}from\"./f.js\";export*as g from\"./g.js\";const h=import(\"./h.js\")";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1", "STATIC_IMPORT ./b.js @1",
                    "STATIC_IMPORT ./d.js @1", "STATIC_IMPORT ./e.js @1", "STATIC_IMPORT ./f.js @1",
                    "STATIC_IMPORT ./g.js @1", "DYNAMIC_IMPORT ./h.js @1");
        }

        @Test
        void findsADefaultImportFollowedByNamesWithoutSpaces() {
            String text = "import a,{b,c as d}from'./a.js';";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1");
        }
    }

    @Nested
    class NoSemicolons {
        @Test
        void findsImportsOnLinesWithoutSemicolons() {
            String text = "import a from './a.js'\nimport './b.js'\nexport {c} from './c.js'\nexport * from './d.js'\n"
                    + "const x = a\n";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./a.js @1", "STATIC_IMPORT ./b.js @2",
                    "STATIC_IMPORT ./c.js @3", "STATIC_IMPORT ./d.js @4");
        }

        @Test
        void anExportWithoutFromDoesNotSwallowTheNextImport() {
            String text = "export {a, b}\nimport './c.js'\nexport {d}\nconst from = 'no.js'\n";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./c.js @2");
        }
    }

    @Nested
    class ImportForms {
        @Test
        void findsEveryFormOfImportDeclaration() {
            String text = """
                    import a from './a.js';
                    import {b, c as d} from '../b.js';
                    import * as e from "./e.js";
                    import f, {g} from './f.js';
                    import h, * as i from './h.js';
                    import {default as j, "k-l" as kl} from './j.js';
                    import {
                      m,
                      n,
                    } from
                      './m.js';
                    import './side.js';
                    """;
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @1", "STATIC_IMPORT ../b.js @2",
                    "STATIC_IMPORT ./e.js @3", "STATIC_IMPORT ./f.js @4", "STATIC_IMPORT ./h.js @5",
                    "STATIC_IMPORT ./j.js @6", "STATIC_IMPORT ./m.js @11", "STATIC_IMPORT ./side.js @12");
        }

        @Test
        void findsEveryFormOfExportFrom() {
            String text = "export * from './a.js';\nexport * as b from './b.js';\nexport {c, d as e} from './c.js';\n"
                    + "export {default} from './d.js';\nexport {\"x\" as y} from './x.js';\n";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @1", "STATIC_IMPORT ./b.js @2",
                    "STATIC_IMPORT ./c.js @3", "STATIC_IMPORT ./d.js @4", "STATIC_IMPORT ./x.js @5");
        }

        @Test
        void findsNoSpecifierInExportsOfDeclarations() {
            String text = "export const from = './no1.js';\nexport default './no2.js';\nexport function f() { return './no3.js' }";
            assertThat(found(text)).isEmpty();
        }

        @Test
        void aBindingNamedFromIsAName() {
            String text = "import from from './a.js';\nimport {from as f} from './b.js';";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @1", "STATIC_IMPORT ./b.js @2");
        }

        @Test
        void findsLiteralDynamicImportsAndTemplatesWithoutSubstitutions() {
            String text = "const a = await import('./a.js');\nimport(`./b.js`).then(m => m);\nimport (\n  \"./c.js\"\n);";
            assertThat(found(text)).containsExactly("DYNAMIC_IMPORT ./a.js @1", "DYNAMIC_IMPORT ./b.js @2",
                    "DYNAMIC_IMPORT ./c.js @4");
        }

        @Test
        void takesNoPropertyOrMetaForAnImport() {
            String text = "loader.import('./no1.js'); x.from('./no2.js'); const u = import.meta.url;\n"
                    + "const o = { import: './no3.js', from: './no4.js' }; obj?.import('./no5.js');\n"
                    + "class C { import(a) { return a } }\n";
            assertThat(found(text)).isEmpty();
            assertThat(notes(text)).isEmpty();
        }

        @Test
        void takesAnImportAfterAnObjectPropertyNamedImport() {
            String text = "const o = { import: 1 }\nimport './a.js'";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @2");
        }

        @Test
        void findsRootRelativeSpecifiers() {
            String text = "import '/static/js/a.js'; import '//cdn.example.com/no.js'; import 'https://example.com/no.js';";
            assertThat(found(text)).containsExactly("STATIC_IMPORT /static/js/a.js @1");
            assertThat(notes(text)).isEmpty();
        }

        @Test
        void notesBareSpecifiersAndLeavesThem() {
            String text = "import {html} from 'lit';\nimport * as THREE from 'three';\nconst m = await import('three/addons/x.js');";
            assertThat(found(text)).isEmpty();
            assertThat(notes(text)).containsExactly("BARE_SPECIFIER lit @1", "BARE_SPECIFIER three @2",
                    "BARE_SPECIFIER three/addons/x.js @3");
        }
    }

    @Nested
    class Attributes {
        @Test
        void keepsImportAttributesAndTheirStringsAsWritten() {
            String text = "import data from './data.json' with { type: 'json' };\n"
                    + "import conf from './conf.json' assert { type: \"json\" };\n"
                    + "export {a} from './a.js' with {type: 'javascript'}\n"
                    + "const m = await import('./m.json', { with: { type: 'json' } });\nimport './b.js'";
            assertThat(foundCleanly(text)).containsExactly("STATIC_IMPORT ./data.json @1", "STATIC_IMPORT ./conf.json @2",
                    "STATIC_IMPORT ./a.js @3", "DYNAMIC_IMPORT ./m.json @4", "STATIC_IMPORT ./b.js @5");
        }
    }

    @Nested
    class NewUrl {
        @Test
        void findsNewUrlWithImportMetaUrlIncludingNamesWithoutDotSlash() {
            String text = "const w = new URL('./worker.js', import.meta.url);\nconst b = new URL('core.wasm', import.meta.url).href;\n"
                    + "const c = new URL(`../data/c.bin`, import.meta.url)";
            assertThat(foundCleanly(text)).containsExactly("MODULE_URL ./worker.js @1", "MODULE_URL core.wasm @2",
                    "MODULE_URL ../data/c.bin @3");
        }

        @Test
        void leavesDirectoryBasesAndOtherBasesAlone() {
            String text = "new URL('./', import.meta.url); new URL('../', import.meta.url); new URL('.', import.meta.url);\n"
                    + "new URL('./no.js', location.href); new URL('./no2.js'); new URL('https://example.com/x.js', import.meta.url);\n"
                    + "new URL('./no3.js', import.meta.url + '/')";
            assertThat(foundCleanly(text)).isEmpty();
        }
    }

    @Nested
    class Problems {
        @Test
        void notesDynamicImportsOfComputedNames() {
            String text = "const a = import(name);\nconst b = import(`./x/${name}.js`);\nconst c = import('./d/' + name);\n"
                    + "const d = import(\n  pick(a, b)\n);";
            assertThat(found(text)).isEmpty();
            assertThat(notes(text)).containsExactly("DYNAMIC_IMPORT import(name) @1",
                    "DYNAMIC_IMPORT import(`./x/${name}.js`) @2", "DYNAMIC_IMPORT import('./d/' + name) @3",
                    "DYNAMIC_IMPORT import( pick(a, b) ) @4");
        }

        @Test
        void cutsTheSourceOfALongComputedImportAtSixtyCharacters() {
            String text = "import(/* a comment that is long enough to be cut somewhere */ url)";
            assertThat(notes(text)).containsExactly(
                    "DYNAMIC_IMPORT import(/* a comment that is long enough to be cut somewhere… @1");
        }

        @Test
        void notesAStringLeftOpenAndGoesOnAtTheNextLine() {
            String text = "const s = 'open\nimport './a.js'";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @2");
            assertThat(notes(text)).containsExactly("UNTERMINATED a string @1");
        }

        @Test
        void notesACommentLeftOpen() {
            String text = "import './a.js'\n/* import './no.js'";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @1");
            assertThat(notes(text)).containsExactly("UNTERMINATED a comment @2");
        }

        @Test
        void notesATemplateLeftOpenAndASubstitutionLeftOpen() {
            assertThat(notes("import './a.js'\nconst t = `abc")).containsExactly("UNTERMINATED a template literal @2");
            assertThat(notes("const t = `a\n${ b")).containsExactly("UNTERMINATED a template literal @1");
        }

        @Test
        @Timeout(5)
        void endsOnEveryPrefixOfAModuleWithoutFailing() {
            String text = "#!x\nimport a, {b as c} from './a.js'; export * from \"./b.js\"; const t = `x${ {y: `z${1}`} }`;"
                    + " const r = /[/]\\//g; new URL('w.wasm', import.meta.url); import(`./c.js`); /* end */ // done";
            for (int i = 0; i <= text.length(); i++) {
                Scan scan = scan(text.substring(0, i));
                scan.references().forEach(r -> assertThat(r.end()).isLessThanOrEqualTo(text.length()));
            }
        }

        @Test
        void readsUnbalancedClosingBracketsWithoutFailing() {
            String text = ")]}}) import './a.js' ) }";
            assertThat(found(text)).containsExactly("STATIC_IMPORT ./a.js @1");
        }
    }
}
