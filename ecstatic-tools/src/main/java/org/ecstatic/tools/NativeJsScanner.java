package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.JsRewriter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The JavaScript scanner of the collector's {@link NativeLibrary}: {@code JsScanner} written again in C,
 * statement for statement, for the scripts of a collect. A JVM started for one run scans with C1 code
 * at about 160 MB/s and decodes each script first; the library scans the bytes several times faster,
 * and a script in which it finds nothing is never decoded. A library that does not load, or that does
 * not find what the Java scanner finds in a self-check, leaves the Java scanner in use; so does
 * {@code -Decstatic.nativeJsScanner=false}. Either way the collect is the same.
 */
final class NativeJsScanner {
    /** The system property that turns the native scanner off. */
    static final String PROPERTY = "ecstatic.nativeJsScanner";

    private NativeJsScanner() {
    }

    /** Returns what scans scripts: "native" or "Java (why)". */
    static String implementation() {
        return Loaded.IMPLEMENTATION;
    }

    /** Returns the native scanner as a tokenizer; null when it is not in use. */
    static JsRewriter.Tokenizer tokenizer() {
        return Loaded.IMPLEMENTATION.equals("native") ? NativeJsScanner::scan : null;
    }

    /** Scans the bytes of a script, as {@link JsRewriter.Tokenizer#scan(byte[])} says; null when memory ran out (the Java scanner then takes over). */
    static int[] scan(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        return scan0(bytes);
    }

    private static native int[] scan0(byte[] bytes);

    private static String load() {
        String unusable = NativeLibrary.unusable(PROPERTY);
        if (unusable != null) {
            return "Java (" + unusable + ")";
        }
        try {
            return selfCheck() ? "native" : "Java (the library failed its self-check)";
        } catch (RuntimeException | LinkageError e) {
            return "Java (" + e + ")";
        }
    }

    /**
     * A script with each form the scanner knows, something left open, characters beyond ASCII (before
     * and after the forms, so that every index counts them) and a line that is not UTF-8 in the second
     * check: what the library finds in it must be what the Java scanner finds.
     */
    static final String SELF_CHECK = "\uFEFF#!/usr/bin/env node\n// import './c.js'\nconst π = 'é𝄞', r = /[/]import/g, q = a / b / c;\n"
            + "import x, {y as z} from './a.js'\nexport * as n from\"../b.mjs\";import'./s.css'\n"
            + "const m = await import(`./d.js`), w = new URL('w.wasm', import.meta.url)\u2028"
            + "import(name + '.js'); obj.import('./no.js'); t = `${ `${1}` }x${'./no.js'}`\n"
            + "import {a} from 'lit'\n/* 'unclosed */ let s = 'open\n`tail";

    private static boolean selfCheck() {
        byte[] utf8 = SELF_CHECK.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = Arrays.copyOf(utf8, utf8.length + 2);
        latin1[utf8.length] = (byte) 0xE9; // é in ISO-8859-1: not UTF-8
        latin1[utf8.length + 1] = '`';
        for (byte[] bytes : new byte[][]{utf8, latin1, new byte[0], "let x = 1".getBytes(StandardCharsets.UTF_8)}) {
            if (!Arrays.equals(scan0(bytes), JsRewriter.Tokenizer.JAVA.scan(bytes))) {
                return false;
            }
        }
        return true;
    }

    /** The scanner, checked the first time it is asked for. */
    private static final class Loaded {
        static final String IMPLEMENTATION = load();
    }
}
