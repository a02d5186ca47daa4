package org.ecstatic.tools.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over one JavaScript file, in time linear in its length: a tokenizer that knows comments,
 * strings, template literals (with {@code ${}} nested to any depth), regular-expression literals and
 * numbers, and a small recognizer over its tokens that finds module specifiers. No regular expression
 * is run over the source. See {@link JsRewriter} for what is recognised and its known limits.
 *
 * <p>A {@code /} starts a regular expression or is a division according to the token before it: after
 * a name, a number, a string, a template, {@code ]}, {@code ++} or {@code --} it divides, except after
 * the keywords that are followed by an expression ({@code return}, {@code typeof}, {@code case},
 * {@code yield}, {@code await}...); after {@code )} it divides unless the parenthesis opened the head
 * of {@code if}, {@code while}, {@code for} or {@code with}; after {@code }} it starts a regular
 * expression when the brace closed a block and divides when it closed an object literal (a brace is
 * taken for a block after {@code )}, {@code =>}, {@code ;}, a brace, a name or at the start). A regular
 * expression that would run past the end of its line is a division after all: the scan goes on.
 */
final class JsScanner {

    // token kinds
    private static final int NONE = 0;
    private static final int NAME = 1;
    private static final int PUNCTUATOR = 2;
    private static final int STRING = 3;
    /** A template literal without substitutions. */
    private static final int TEMPLATE = 4;
    /** The part of a template literal up to a {@code ${}, or between a {@code }} and the next one. */
    private static final int TEMPLATE_OPEN = 5;
    /** The part of a template literal after its last substitution. */
    private static final int TEMPLATE_TAIL = 6;
    private static final int NUMBER = 7;
    private static final int REGEX = 8;
    private static final int PRIVATE_NAME = 9;

    // what an open bracket is, on the bracket stack
    private static final int PAREN = 0;
    /** The parenthesis of {@code if (}, {@code while (}, {@code for (}, {@code with (}: a statement follows it. */
    private static final int PAREN_HEAD = 1;
    /** The parenthesis of an {@code import(} whose argument is not a literal. */
    private static final int PAREN_COMPUTED_IMPORT = 2;
    private static final int BRACKET = 3;
    private static final int BRACE_BLOCK = 4;
    private static final int BRACE_OBJECT = 5;
    /** The {@code ${} of a template literal: its {@code }} goes back into the template. */
    private static final int BRACE_TEMPLATE = 6;

    // recognizer states
    private static final int IDLE = 0;
    private static final int AFTER_IMPORT = 1;
    /** Inside the names of {@code import … from} or {@code export … from}. */
    private static final int CLAUSE = 2;
    private static final int DYNAMIC = 3;
    private static final int DYNAMIC_LITERAL = 4;
    private static final int AFTER_EXPORT = 5;
    private static final int AFTER_NEW = 6;
    private static final int NEW_URL = 7;
    private static final int NEW_URL_OPEN = 8;
    private static final int NEW_URL_BASE = 9;
    private static final int NEW_URL_CLOSE = 10;

    // what an ASCII character can be, as bits of ASCII[c]: a table is quicker than a chain of comparisons
    private static final byte NAME_START = 1;
    /** A character of a name after its first: the name starts and the digits; not the backslash, read as an escape. */
    private static final byte NAME_PART = 2;
    private static final byte SPACE = 4;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
            ASCII[c] = (byte) ((letter || c == '\\' ? NAME_START : 0) | (letter || isDigit(c) ? NAME_PART : 0)
                    | (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' ? SPACE : 0));
        }
    }

    /** The keywords whose parenthesis is followed by a statement. */
    private static final String[] HEAD_KEYWORDS = {"if", "while", "for", "with"};
    /** The keywords after which an expression starts. */
    private static final String[] EXPRESSION_KEYWORDS = {"return", "typeof", "instanceof", "in", "new", "delete",
            "void", "throw", "case", "do", "else", "yield", "await", "default", "extends"};

    /** What follows the first argument of {@code new URL('…', import.meta.url)}, token by token. */
    private static final String[] NEW_URL_BASE_TOKENS = {",", "import", ".", "meta", ".", "url"};

    private final String text;
    /** The characters of {@link #text}: reading an array is quicker than {@code String.charAt}. */
    private final char[] src;
    private final int length;
    /** What the scan found, as {@link Events}: three ints each. */
    private int[] events = new int[24];
    private int eventCount;
    private int pos;

    // the last significant token
    private int lastKind = NONE;
    private int lastStart;
    private int lastEnd;
    /** Whether the last token is a name after {@code .} or {@code ?.}: a property, never a keyword. */
    private boolean lastIsProperty;
    /** For a last token {@code )} or {@code }}: whether a regular expression may follow it. */
    private boolean lastAllowsRegex;

    private int[] brackets = new int[16];
    /** For a {@link #PAREN_COMPUTED_IMPORT}: where its {@code import} starts. */
    private int[] bracketStarts = new int[16];
    private int depth;

    private int state = IDLE;
    /** In {@link #CLAUSE}: whether inside its braces. */
    private boolean clauseBraces;
    private int candidateStart;
    private int candidateEnd;
    private int importStart;
    /** The depth of the bracket stack just after the parenthesis of the {@code import(} being read. */
    private int importDepth;
    private int newUrlStep;
    /** Where the {@code import} of a computed {@code import()} just closed starts; -1 when none is waiting. */
    private int computedImportClosed = -1;
    /** Where the {@code import} of a computed {@code import()} whose parenthesis is the token being read starts; -1 otherwise. */
    private int closingComputedImport = -1;

    JsScanner(String text) {
        this.text = text;
        this.src = text.toCharArray();
        this.length = src.length;
    }

    /** Returns the module specifiers of the whole text and what else was noticed, in order. */
    Scan scan() {
        return Events.toScan(text, events(), 0);
    }

    /** Returns what the scan finds in the whole text as {@link Events}, three ints each. */
    int[] events() {
        pos = text.startsWith("\uFEFF") ? 1 : 0;
        if (text.startsWith("#!", pos)) {
            pos = lineEnd(pos);
        }
        while (true) {
            skipTrivia();
            if (pos >= length) {
                break;
            }
            token();
        }
        finish();
        return Arrays.copyOf(events, eventCount);
    }

    // --- tokens ---------------------------------------------------------------------------------

    private void token() {
        int start = pos;
        char c = src[pos];
        if (c == '"' || c == '\'') {
            string(c);
            emit(STRING, start, pos);
        } else if (c == '`') {
            pos++;
            template(start);
        } else if (c == '}' && depth > 0 && brackets[depth - 1] == BRACE_TEMPLATE) {
            depth--;
            template(start);
        } else if (c == '/' && regexAllowed() && regex()) {
            emit(REGEX, start, pos);
        } else if (c < 0x80 ? (ASCII[c] & NAME_START) != 0 : isNameStart(c)) {
            name();
            emit(NAME, start, pos);
        } else if (c == '#' && pos + 1 < length && isNameStart(src[pos + 1])) {
            pos++;
            name();
            emit(PRIVATE_NAME, start, pos);
        } else if ((c >= '0' && c <= '9') || (c == '.' && isDigit(at(pos + 1)))) {
            number();
            emit(NUMBER, start, pos);
        } else {
            punctuator(c);
        }
    }

    private void punctuator(char c) {
        int start = pos;
        boolean allowsRegex = false;
        if (c == '(') {
            push(lastKind == NAME && !lastIsProperty && isOneOf(lastStart, lastEnd, HEAD_KEYWORDS)
                    ? PAREN_HEAD : PAREN, start);
        } else if (c == '[') {
            push(BRACKET, start);
        } else if (c == '{') {
            push(braceOpensBlock() ? BRACE_BLOCK : BRACE_OBJECT, start);
        } else if (c == ')' || c == ']' || c == '}') {
            int open = pop();
            allowsRegex = c == ')' ? open == PAREN_HEAD : c == '}' && open != BRACE_OBJECT;
        }
        pos += punctuatorLength(c);
        emit(PUNCTUATOR, start, pos);
        lastAllowsRegex = allowsRegex;
    }

    private int punctuatorLength(char c) {
        char next = at(pos + 1);
        if (c == '.' && next == '.' && at(pos + 2) == '.') {
            return 3;
        }
        if ((c == '?' && next == '.' && !isDigit(at(pos + 2))) || (c == '=' && next == '>')
                || ((c == '+' || c == '-') && next == c)) {
            return 2;
        }
        return 1;
    }

    /** Returns whether a {@code {} here opens a block rather than an object literal. */
    private boolean braceOpensBlock() {
        return switch (lastKind) {
            case NONE -> true;
            case NAME -> lastIsProperty || !isExpressionKeyword();
            case PUNCTUATOR -> {
                char p = src[lastStart];
                yield lastEnd - lastStart == 1 ? p == ')' || p == ';' || p == '{' || p == '}'
                        : p == '=' && src[lastStart + 1] == '>';
            }
            default -> false;
        };
    }

    /** Returns whether a {@code /} here starts a regular expression, by the token before it. */
    private boolean regexAllowed() {
        return switch (lastKind) {
            case NONE, TEMPLATE_OPEN -> true;
            case NAME -> !lastIsProperty && isExpressionKeyword();
            case PUNCTUATOR -> {
                char p = src[lastStart];
                if (p == ')' || p == '}') {
                    yield lastAllowsRegex;
                }
                yield p != ']' && !(lastEnd - lastStart == 2 && (p == '+' || p == '-'));
            }
            default -> false;
        };
    }

    /** Returns whether the last token is a keyword after which an expression starts. */
    private boolean isExpressionKeyword() {
        return isOneOf(lastStart, lastEnd, EXPRESSION_KEYWORDS);
    }

    /** At a quote: reads the string; one left open at the end of its line is noted and ends there. */
    private void string(char quote) {
        int i = pos + 1;
        while (i < length) {
            char c = src[i];
            if (c == quote) {
                pos = i + 1;
                return;
            }
            if (c == '\\') {
                i += text.startsWith("\r\n", i + 1) ? 3 : 2;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                i++;
            }
        }
        event(Events.UNTERMINATED, pos, Events.OPEN_STRING);
        pos = Math.min(i, length);
    }

    /**
     * Reads template characters from {@code pos} (after the backtick or the {@code }} of a
     * substitution) to the closing backtick or the next {@code ${}, and emits that part.
     */
    private void template(int start) {
        boolean head = src[start] == '`';
        int i = pos + (head ? 0 : 1);
        while (i < length) {
            char c = src[i];
            if (c == '`') {
                pos = i + 1;
                emit(head ? TEMPLATE : TEMPLATE_TAIL, start, pos);
                return;
            }
            if (c == '$' && at(i + 1) == '{') {
                pos = i + 2;
                emit(TEMPLATE_OPEN, start, pos);
                push(BRACE_TEMPLATE, start);
                return;
            }
            i += c == '\\' ? 2 : 1;
        }
        event(Events.UNTERMINATED, start, Events.OPEN_TEMPLATE);
        pos = length;
    }

    /** At a {@code /} where a regular expression may start: reads it, or returns false when it does not end on its line. */
    private boolean regex() {
        boolean inClass = false;
        int i = pos + 1;
        while (i < length) {
            char c = src[i];
            if (isLineTerminator(c)) {
                return false;
            }
            if (c == '\\') {
                if (i + 1 < length && isLineTerminator(src[i + 1])) {
                    return false;
                }
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                pos = i + 1;
                while (pos < length && isNameChar(src[pos])) {
                    pos++; // flags
                }
                return true;
            }
            i++;
        }
        return false;
    }

    private void name() {
        while (pos < length) {
            char c = src[pos];
            if (c < 0x80 && c != '\\') {
                // the common case, tested here rather than through isNameChar: the quick compiler of a
                // short-lived JVM does not inline that call
                if ((ASCII[c] & NAME_PART) == 0) {
                    break;
                }
                pos++;
            } else if (c == '\\') {
                pos += 2; // \\uXXXX: the hex digits are name characters; \\u{...} below
                if (at(pos - 1) == 'u' && at(pos) == '{') {
                    int close = text.indexOf('}', pos);
                    pos = close < 0 ? length : close + 1;
                }
            } else if (isNameChar(c)) {
                pos++;
            } else {
                break;
            }
        }
        pos = Math.min(pos, length);
    }

    private void number() {
        boolean hex = text.startsWith("0x", pos) || text.startsWith("0X", pos);
        pos++;
        while (pos < length) {
            char c = src[pos];
            if ((c == '+' || c == '-') && !hex && (src[pos - 1] == 'e' || src[pos - 1] == 'E')) {
                pos++;
            } else if (isNameChar(c) || c == '.') {
                pos++;
            } else {
                break;
            }
        }
    }

    /** Skips white space, line terminators and comments; a block comment left open is noted. */
    private void skipTrivia() {
        while (pos < length) {
            char c = src[pos];
            if (c == '/' && at(pos + 1) == '/') {
                pos = lineEnd(pos);
            } else if (c == '/' && at(pos + 1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    event(Events.UNTERMINATED, pos, Events.OPEN_COMMENT);
                    pos = length;
                } else {
                    pos = close + 2;
                }
            } else if (c < 0x80 ? (ASCII[c] & SPACE) != 0 : isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < length && !isLineTerminator(src[i])) {
            i++;
        }
        return i;
    }

    /** At the end of the text: notes the substitutions of template literals left open, and a computed import closed last. */
    private void finish() {
        flushComputedImport(false);
        for (int i = 0; i < depth; i++) {
            if (brackets[i] == BRACE_TEMPLATE) {
                event(Events.UNTERMINATED, bracketStarts[i], Events.OPEN_TEMPLATE);
                return;
            }
        }
    }

    // --- the bracket stack --------------------------------------------------------------------

    private void push(int kind, int start) {
        if (depth == brackets.length) {
            brackets = Arrays.copyOf(brackets, depth * 2);
            bracketStarts = Arrays.copyOf(bracketStarts, depth * 2);
        }
        brackets[depth] = kind;
        bracketStarts[depth] = start;
        depth++;
    }

    /** Closes the innermost bracket and returns what it was; -1 when none is open. */
    private int pop() {
        if (depth == 0) {
            return -1;
        }
        depth--;
        if (brackets[depth] == PAREN_COMPUTED_IMPORT) {
            closingComputedImport = bracketStarts[depth];
        }
        return brackets[depth];
    }

    // --- the recognizer -------------------------------------------------------------------------

    /** Takes the token {@code [start, end)} of {@code kind}, then makes it the last token. */
    private void emit(int kind, int start, int end) {
        if (computedImportClosed >= 0) {
            flushComputedImport(kind == PUNCTUATOR && src[start] == '{');
        }
        if (state == IDLE || !advance(kind, start, end)) {
            state = IDLE;
            if (kind == NAME && !isProperty()) {
                enter(start, end);
            }
        }
        computedImportClosed = closingComputedImport;
        closingComputedImport = -1;
        lastIsProperty = kind == NAME && isProperty();
        lastKind = kind;
        lastStart = start;
        lastEnd = end;
    }

    /** Returns whether the last token is {@code .} or {@code ?.}, so that a name now is a property. */
    private boolean isProperty() {
        return lastKind == PUNCTUATOR && src[lastEnd - 1] == '.' && lastEnd - lastStart < 3;
    }

    /** At a name that is not a property: {@code import}, {@code export} and {@code new} may start a form. */
    private void enter(int start, int end) {
        if (is(start, end, "import")) {
            state = AFTER_IMPORT;
            importStart = start;
        } else if (is(start, end, "export")) {
            state = AFTER_EXPORT;
        } else if (is(start, end, "new")) {
            state = AFTER_NEW;
        }
    }

    /** Moves the recognizer on by one token; returns false when the token ends the form being read. */
    private boolean advance(int kind, int start, int end) {
        switch (state) {
            case AFTER_IMPORT:
                return afterImport(kind, start, end);
            case AFTER_EXPORT:
                if (isPunctuator(kind, start, end, '*') || isPunctuator(kind, start, end, '{')) {
                    state = CLAUSE;
                    clauseBraces = src[start] == '{';
                    return true;
                }
                return false;
            case CLAUSE:
                return clause(kind, start, end);
            case DYNAMIC:
                return dynamic(kind, start, end);
            case DYNAMIC_LITERAL:
                if (isPunctuator(kind, start, end, ')') || isPunctuator(kind, start, end, ',')) {
                    event(Events.DYNAMIC_IMPORT, candidateStart, candidateEnd);
                } else {
                    markComputedImport();
                }
                state = IDLE;
                return true;
            case AFTER_NEW:
                state = NEW_URL;
                return kind == NAME && is(start, end, "URL");
            case NEW_URL:
                state = NEW_URL_OPEN;
                return isPunctuator(kind, start, end, '(');
            case NEW_URL_OPEN:
                if (kind == STRING || kind == TEMPLATE) {
                    candidateStart = start;
                    candidateEnd = end;
                    state = NEW_URL_BASE;
                    newUrlStep = 0;
                    return true;
                }
                return false;
            case NEW_URL_BASE:
                if (!is(start, end, NEW_URL_BASE_TOKENS[newUrlStep])) {
                    return false;
                }
                if (++newUrlStep == NEW_URL_BASE_TOKENS.length) {
                    state = NEW_URL_CLOSE;
                }
                return true;
            case NEW_URL_CLOSE:
                if (isPunctuator(kind, start, end, ')') || isPunctuator(kind, start, end, ',')) {
                    event(Events.MODULE_URL, candidateStart, candidateEnd);
                }
                state = IDLE;
                return true;
            default:
                return false;
        }
    }

    private boolean afterImport(int kind, int start, int end) {
        if (kind == STRING) {
            event(Events.STATIC_IMPORT, start, end);
            state = IDLE;
            return true;
        }
        if (isPunctuator(kind, start, end, '(')) {
            state = DYNAMIC;
            importDepth = depth;
            return true;
        }
        if (kind == NAME || isPunctuator(kind, start, end, '{') || isPunctuator(kind, start, end, '*')) {
            state = CLAUSE;
            clauseBraces = src[start] == '{';
            return true;
        }
        return false; // import.meta, { import: 1 }
    }

    /** In the names of an import or export: a string after {@code from} outside the braces is the specifier. */
    private boolean clause(int kind, int start, int end) {
        if (kind == STRING) {
            if (clauseBraces) {
                return true; // import { "a-b" as ab }
            }
            if (lastKind == NAME && is(lastStart, lastEnd, "from")) {
                event(Events.STATIC_IMPORT, start, end);
                state = IDLE;
                return true;
            }
            return false;
        }
        if (kind == NAME) {
            return !is(start, end, "import") && !is(start, end, "export");
        }
        if (kind != PUNCTUATOR || end - start != 1) {
            return false;
        }
        char c = src[start];
        if (c == '{' && !clauseBraces) {
            clauseBraces = true;
            return true;
        }
        if (c == '}' && clauseBraces) {
            clauseBraces = false;
            return true;
        }
        return c == ',' || c == '*';
    }

    private boolean dynamic(int kind, int start, int end) {
        if (kind == STRING || kind == TEMPLATE) {
            candidateStart = start;
            candidateEnd = end;
            state = DYNAMIC_LITERAL;
            return true;
        }
        if (!isPunctuator(kind, start, end, ')')) {
            markComputedImport(); // import() with nothing in it is a method named import, or no import at all
        }
        state = IDLE;
        return true;
    }

    /**
     * Marks the parenthesis of the {@code import(} being read as holding a computed name; it is noted
     * when the parenthesis closes, unless a {@code {} follows (then it was a method named import).
     */
    private void markComputedImport() {
        if (importDepth > 0 && importDepth <= depth && brackets[importDepth - 1] == PAREN) {
            brackets[importDepth - 1] = PAREN_COMPUTED_IMPORT;
            bracketStarts[importDepth - 1] = importStart;
        }
    }

    private void flushComputedImport(boolean method) {
        int start = computedImportClosed;
        computedImportClosed = -1;
        if (start >= 0 && !method) {
            event(Events.COMPUTED_IMPORT, start, lastEnd);
        }
    }

    private void event(int kind, int a, int b) {
        if (eventCount + 3 > events.length) {
            events = Arrays.copyOf(events, events.length * 2);
        }
        events[eventCount++] = kind;
        events[eventCount++] = a;
        events[eventCount++] = b;
    }

    // --- characters -------------------------------------------------------------------------------

    private boolean isPunctuator(int kind, int start, int end, char c) {
        return kind == PUNCTUATOR && end - start == 1 && src[start] == c;
    }

    private boolean is(int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    private boolean isOneOf(int start, int end, String[] words) {
        for (String word : words) {
            if (is(start, end, word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the character at {@code i}, or NUL past the end. */
    private char at(int i) {
        return i < length ? src[i] : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c < 0x80 ? (ASCII[c] & NAME_START) != 0 : !isWhitespace(c) && !isLineTerminator(c);
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 ? (ASCII[c] & NAME_PART) != 0 : !isWhitespace(c) && !isLineTerminator(c);
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isWhitespace(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0
                : (c >= 0x80 && (c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                        || Character.getType(c) == Character.SPACE_SEPARATOR));
    }
}
