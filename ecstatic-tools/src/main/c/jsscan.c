/*
 * The JavaScript scanner of the collector's JNI library (org.ecstatic.tools.NativeJsScanner): the same
 * tokenizer and recognizer as org.ecstatic.tools.rewrite.JsScanner, statement for statement, over the
 * same UTF-16 code units, so that it finds the same things at the same indexes. A fresh JVM runs the
 * Java scanner as C1 code at about 160 MB/s; every script of a collect is scanned.
 *
 * The bytes are decoded as Asset.text() decodes them: UTF-8 when they are well-formed UTF-8, else
 * ISO-8859-1, one unit per byte. What the scan finds comes back as events, three ints each (see
 * JsScanner.Events): the Java side turns them into references and notes with the text, which it only
 * decodes when there is an event or a source map comment to read.
 */
#define _GNU_SOURCE /* memmem */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* event kinds, as in JsScanner.Events */
#define EV_STATIC_IMPORT 1
#define EV_DYNAMIC_IMPORT 2
#define EV_MODULE_URL 3
#define EV_UNTERMINATED 4
#define EV_COMPUTED_IMPORT 5
/* what UNTERMINATED left open */
#define OPEN_STRING 0
#define OPEN_TEMPLATE 1
#define OPEN_COMMENT 2
/* the flags of the first int */
#define FLAG_SOURCE_MAP_KEY 1
#define FLAG_LATIN1 2
#define FLAG_NOT_SCANNED 4
#define FLAG_ASCII 8

/* token kinds */
enum { NONE, NAME, PUNCTUATOR, STRING, TEMPLATE, TEMPLATE_OPEN, TEMPLATE_TAIL, NUMBER, REGEX, PRIVATE_NAME };
/* brackets */
enum { PAREN, PAREN_HEAD, PAREN_COMPUTED_IMPORT, BRACKET, BRACE_BLOCK, BRACE_OBJECT, BRACE_TEMPLATE };
/* recognizer states */
enum { IDLE, AFTER_IMPORT, CLAUSE, DYNAMIC, DYNAMIC_LITERAL, AFTER_EXPORT, AFTER_NEW, NEW_URL, NEW_URL_OPEN,
       NEW_URL_BASE, NEW_URL_CLOSE };

#define NAME_START 1
#define NAME_PART 2
#define SPACE 4
/* ends a plain run (see token): starts a string, template, comment or regular expression, is a bracket,
   or may continue a name (an escape) or start a private one */
#define SPECIAL 8
static unsigned char ascii[0x80];

typedef uint16_t unit;

typedef struct {
    const unit *src;
    int length;
    int pos;
    int lastKind, lastStart, lastEnd;
    int lastIsProperty, lastAllowsRegex;
    int *brackets, *bracketStarts;
    int depth, capacity;
    int state, clauseBraces, candidateStart, candidateEnd, importStart, importDepth, newUrlStep;
    int computedImportClosed, closingComputedImport;
    jint *events;
    int count, eventCapacity;
    int failed; /* out of memory */
    /* plain runs (see token): whether they may be skipped (an ASCII text), the run skipped last and not
       tokenized ([runStart, runEnd), runStart -1 when none: the last token is then lastKind's), where
       tokens are taken one by one whatever they are, and the sorted places of import, export and URL */
    int skipRuns, runStart, runEnd, exactUntil;
    int *keywords;
    int keywordCount, nextKeyword;
} scanner;

static const char *const HEAD_KEYWORDS[] = {"if", "while", "for", "with", NULL};
static const char *const EXPRESSION_KEYWORDS[] = {"return", "typeof", "instanceof", "in", "new", "delete", "void",
        "throw", "case", "do", "else", "yield", "await", "default", "extends", NULL};
static const char *const NEW_URL_BASE_TOKENS[] = {",", "import", ".", "meta", ".", "url"};
#define NEW_URL_BASE_COUNT 6

/* filled when the library is loaded, before any scan */
__attribute__((constructor)) static void init_ascii(void) {
    for (int c = 0; c < 0x80; c++) {
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
        int digit = c >= '0' && c <= '9';
        ascii[c] = (unsigned char) (((letter || c == '\\') ? NAME_START : 0) | ((letter || digit) ? NAME_PART : 0)
                | ((c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') ? SPACE : 0)
                | (strchr("'\"`/\\()[]{}#", c) && c != 0 ? SPECIAL : 0));
    }
}

static int is_digit(unit c) { return c >= '0' && c <= '9'; }

static int is_line_terminator(unit c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

/* Character.getType(c) == SPACE_SEPARATOR above ASCII (Unicode 13, as Java 17 has it) */
static int is_space_separator(unit c) {
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

static int is_whitespace(unit c) {
    return c < 0x80 ? (ascii[c] & SPACE) != 0
            : (c == 0xA0 || c == 0xFEFF || c == 0x2028 || c == 0x2029 || is_space_separator(c));
}

static int is_name_start(unit c) {
    return c < 0x80 ? (ascii[c] & NAME_START) != 0 : !is_whitespace(c) && !is_line_terminator(c);
}

static int is_name_char(unit c) {
    return c < 0x80 ? (ascii[c] & NAME_PART) != 0 : !is_whitespace(c) && !is_line_terminator(c);
}

static unit at(const scanner *s, int i) { return i < s->length ? s->src[i] : 0; }

/* whether the n units at `at` are the ASCII characters of word */
static int same(const unit *src, const char *word, int n) {
    for (int i = 0; i < n; i++) {
        if (src[i] != (unsigned char) word[i]) {
            return 0;
        }
    }
    return 1;
}

static int starts_with(const scanner *s, int at, const char *word) {
    int n = (int) strlen(word);
    return at >= 0 && at + n <= s->length && same(s->src + at, word, n);
}

static int is(const scanner *s, int start, int end, const char *word) {
    int n = end - start;
    const unit *src = s->src + start;
    for (int i = 0; i < n; i++) {
        if (word[i] == 0 || src[i] != (unsigned char) word[i]) {
            return 0;
        }
    }
    return n > 0 && word[n] == 0;
}

static int is_one_of(const scanner *s, int start, int end, const char *const *words) {
    int n = end - start;
    if (n < 2 || n > 10) { /* the words of the lists are 2 to 10 characters long */
        return 0;
    }
    for (; *words; words++) {
        if (is(s, start, end, *words)) {
            return 1;
        }
    }
    return 0;
}

static int is_punctuator(const scanner *s, int kind, int start, int end, unit c) {
    return kind == PUNCTUATOR && end - start == 1 && s->src[start] == c;
}

/* Returns p grown to `count` elements of `size` bytes; NULL, with the scan marked failed, when that is
   more than a Java array holds well or memory runs out (the Java scanner then takes over). */
static void *grown(scanner *s, void *p, int count, size_t size) {
    void *q = count > (1 << 29) ? NULL : realloc(p, size * (size_t) count);
    if (!q) {
        s->failed = 1;
    }
    return q;
}

static void event(scanner *s, int kind, int a, int b) {
    if (s->count + 3 > s->eventCapacity) {
        int capacity = s->eventCapacity * 2 + 48;
        jint *events = grown(s, s->events, capacity, sizeof(jint));
        if (!events) {
            return;
        }
        s->events = events;
        s->eventCapacity = capacity;
    }
    s->events[s->count++] = kind;
    s->events[s->count++] = a;
    s->events[s->count++] = b;
}

/* --- the bracket stack --- */

static void push(scanner *s, int kind, int start) {
    if (s->depth == s->capacity) {
        int capacity = s->capacity * 2;
        int *brackets = grown(s, s->brackets, capacity, sizeof(int));
        if (brackets) {
            s->brackets = brackets;
        }
        int *starts = brackets ? grown(s, s->bracketStarts, capacity, sizeof(int)) : NULL;
        if (!starts) {
            return;
        }
        s->bracketStarts = starts;
        s->capacity = capacity;
    }
    s->brackets[s->depth] = kind;
    s->bracketStarts[s->depth] = start;
    s->depth++;
}

static int pop(scanner *s) {
    if (s->depth == 0) {
        return -1;
    }
    s->depth--;
    if (s->brackets[s->depth] == PAREN_COMPUTED_IMPORT) {
        s->closingComputedImport = s->bracketStarts[s->depth];
    }
    return s->brackets[s->depth];
}

/* --- the recognizer --- */

static int is_property(const scanner *s) {
    return s->lastKind == PUNCTUATOR && s->src[s->lastEnd - 1] == '.' && s->lastEnd - s->lastStart < 3;
}

static void flush_computed_import(scanner *s, int method) {
    int start = s->computedImportClosed;
    s->computedImportClosed = -1;
    if (start >= 0 && !method) {
        event(s, EV_COMPUTED_IMPORT, start, s->lastEnd);
    }
}

static void mark_computed_import(scanner *s) {
    if (s->importDepth > 0 && s->importDepth <= s->depth && s->brackets[s->importDepth - 1] == PAREN) {
        s->brackets[s->importDepth - 1] = PAREN_COMPUTED_IMPORT;
        s->bracketStarts[s->importDepth - 1] = s->importStart;
    }
}

static void enter(scanner *s, int start, int end) {
    if (is(s, start, end, "import")) {
        s->state = AFTER_IMPORT;
        s->importStart = start;
    } else if (is(s, start, end, "export")) {
        s->state = AFTER_EXPORT;
    } else if (is(s, start, end, "new")) {
        s->state = AFTER_NEW;
    }
}

static int after_import(scanner *s, int kind, int start, int end) {
    if (kind == STRING) {
        event(s, EV_STATIC_IMPORT, start, end);
        s->state = IDLE;
        return 1;
    }
    if (is_punctuator(s, kind, start, end, '(')) {
        s->state = DYNAMIC;
        s->importDepth = s->depth;
        return 1;
    }
    if (kind == NAME || is_punctuator(s, kind, start, end, '{') || is_punctuator(s, kind, start, end, '*')) {
        s->state = CLAUSE;
        s->clauseBraces = s->src[start] == '{';
        return 1;
    }
    return 0;
}

static int clause(scanner *s, int kind, int start, int end) {
    if (kind == STRING) {
        if (s->clauseBraces) {
            return 1;
        }
        if (s->lastKind == NAME && is(s, s->lastStart, s->lastEnd, "from")) {
            event(s, EV_STATIC_IMPORT, start, end);
            s->state = IDLE;
            return 1;
        }
        return 0;
    }
    if (kind == NAME) {
        return !is(s, start, end, "import") && !is(s, start, end, "export");
    }
    if (kind != PUNCTUATOR || end - start != 1) {
        return 0;
    }
    unit c = s->src[start];
    if (c == '{' && !s->clauseBraces) {
        s->clauseBraces = 1;
        return 1;
    }
    if (c == '}' && s->clauseBraces) {
        s->clauseBraces = 0;
        return 1;
    }
    return c == ',' || c == '*';
}

static int dynamic(scanner *s, int kind, int start, int end) {
    if (kind == STRING || kind == TEMPLATE) {
        s->candidateStart = start;
        s->candidateEnd = end;
        s->state = DYNAMIC_LITERAL;
        return 1;
    }
    if (!is_punctuator(s, kind, start, end, ')')) {
        mark_computed_import(s);
    }
    s->state = IDLE;
    return 1;
}

static int advance(scanner *s, int kind, int start, int end) {
    switch (s->state) {
        case AFTER_IMPORT:
            return after_import(s, kind, start, end);
        case AFTER_EXPORT:
            if (is_punctuator(s, kind, start, end, '*') || is_punctuator(s, kind, start, end, '{')) {
                s->state = CLAUSE;
                s->clauseBraces = s->src[start] == '{';
                return 1;
            }
            return 0;
        case CLAUSE:
            return clause(s, kind, start, end);
        case DYNAMIC:
            return dynamic(s, kind, start, end);
        case DYNAMIC_LITERAL:
            if (is_punctuator(s, kind, start, end, ')') || is_punctuator(s, kind, start, end, ',')) {
                event(s, EV_DYNAMIC_IMPORT, s->candidateStart, s->candidateEnd);
            } else {
                mark_computed_import(s);
            }
            s->state = IDLE;
            return 1;
        case AFTER_NEW:
            s->state = NEW_URL;
            return kind == NAME && is(s, start, end, "URL");
        case NEW_URL:
            s->state = NEW_URL_OPEN;
            return is_punctuator(s, kind, start, end, '(');
        case NEW_URL_OPEN:
            if (kind == STRING || kind == TEMPLATE) {
                s->candidateStart = start;
                s->candidateEnd = end;
                s->state = NEW_URL_BASE;
                s->newUrlStep = 0;
                return 1;
            }
            return 0;
        case NEW_URL_BASE:
            if (!is(s, start, end, NEW_URL_BASE_TOKENS[s->newUrlStep])) {
                return 0;
            }
            if (++s->newUrlStep == NEW_URL_BASE_COUNT) {
                s->state = NEW_URL_CLOSE;
            }
            return 1;
        case NEW_URL_CLOSE:
            if (is_punctuator(s, kind, start, end, ')') || is_punctuator(s, kind, start, end, ',')) {
                event(s, EV_MODULE_URL, s->candidateStart, s->candidateEnd);
            }
            s->state = IDLE;
            return 1;
        default:
            return 0;
    }
}

static void emit(scanner *s, int kind, int start, int end) {
    if (s->computedImportClosed >= 0) {
        flush_computed_import(s, kind == PUNCTUATOR && s->src[start] == '{');
    }
    if (s->state == IDLE || !advance(s, kind, start, end)) {
        s->state = IDLE;
        if (kind == NAME && !is_property(s)) {
            enter(s, start, end);
        }
    }
    s->computedImportClosed = s->closingComputedImport;
    s->closingComputedImport = -1;
    s->lastIsProperty = kind == NAME && is_property(s);
    s->lastKind = kind;
    s->lastStart = start;
    s->lastEnd = end;
    s->runStart = -1;
}

/* --- tokens --- */

static int is_expression_keyword(const scanner *s) {
    return is_one_of(s, s->lastStart, s->lastEnd, EXPRESSION_KEYWORDS);
}

static int brace_opens_block(const scanner *s) {
    switch (s->lastKind) {
        case NONE:
            return 1;
        case NAME:
            return s->lastIsProperty || !is_expression_keyword(s);
        case PUNCTUATOR: {
            unit p = s->src[s->lastStart];
            return s->lastEnd - s->lastStart == 1 ? p == ')' || p == ';' || p == '{' || p == '}'
                    : p == '=' && s->src[s->lastStart + 1] == '>';
        }
        default:
            return 0;
    }
}

static int regex_allowed(const scanner *s) {
    switch (s->lastKind) {
        case NONE:
        case TEMPLATE_OPEN:
            return 1;
        case NAME:
            return !s->lastIsProperty && is_expression_keyword(s);
        case PUNCTUATOR: {
            unit p = s->src[s->lastStart];
            if (p == ')' || p == '}') {
                return s->lastAllowsRegex;
            }
            return p != ']' && !(s->lastEnd - s->lastStart == 2 && (p == '+' || p == '-'));
        }
        default:
            return 0;
    }
}

/* --- plain runs ---
 *
 * Most tokens of a script are names, numbers, operators and white space, and what they are only
 * matters through the last of them, at the next bracket or slash: a name such as `if` makes the next
 * `(` the head of a statement, a name such as `return` makes the next `/` start a regular expression.
 * In a text of ASCII characters, a run of such tokens is skipped without taking them one by one (a
 * plain run: no character that starts a string, template, comment or regular expression, no bracket,
 * no `\` or `#`, and no `import`, `export` or `URL` in it, which the recognizer needs to see; a `new`
 * before `URL` is seen, as the run that ends with it is taken token by token with the `URL`). Where
 * the next `(`, `{` or `/` needs the last token, its last characters tell what it is; where they
 * cannot tell it for certain (`return`, `if`, a `+` that may be part of `++` or of a number such as
 * `1e+5`), the run is taken token by token after all, as it would have been. The events are the same
 * either way; the tests compare this scanner with the Java one on every script of the corpus and on
 * random text.
 */

/* Whether one of the words import, export and URL starts in [start, end). */
static int keyword_within(scanner *s, int start, int end) {
    while (s->nextKeyword < s->keywordCount && s->keywords[s->nextKeyword] < start) {
        s->nextKeyword++;
    }
    return s->nextKeyword < s->keywordCount && s->keywords[s->nextKeyword] < end;
}

#ifdef __SSE2__
/* The bytes of b in [lo, hi], as 0xFF. */
static inline __m128i in_range(__m128i b, char lo, char hi) {
    __m128i t = _mm_sub_epi8(b, _mm_set1_epi8(lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8((char) (hi - lo))), t);
}
#endif

/* The first index from i that is not in a plain run (of an ASCII text: runs are skipped in no other). */
static int plain_run_end(const scanner *s, int i) {
    const unit *src = s->src;
    int n = s->length;
#ifdef __SSE2__
    /* sixteen units at a time, as bytes; the SPECIAL characters: "# '() / [\] ` { } */
    for (; i + 16 <= n; i += 16) {
        __m128i b = _mm_packus_epi16(_mm_loadu_si128((const __m128i *) (src + i)),
                                     _mm_loadu_si128((const __m128i *) (src + i + 8)));
        __m128i special = _mm_or_si128(_mm_or_si128(in_range(b, 0x22, 0x23), in_range(b, 0x27, 0x29)),
                                       _mm_or_si128(in_range(b, 0x5B, 0x5D), _mm_cmpeq_epi8(b, _mm_set1_epi8(0x2F))));
        special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(0x60)),
                _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(0x7B)), _mm_cmpeq_epi8(b, _mm_set1_epi8(0x7D)))));
        unsigned mask = (unsigned) (_mm_movemask_epi8(special) | _mm_movemask_epi8(b));
        if (mask) {
            return i + __builtin_ctz(mask);
        }
    }
#endif
    while (i < n && src[i] < 0x80 && (ascii[src[i]] & SPECIAL) == 0) {
        i++;
    }
    return i;
}

static void token(scanner *s);

/* Takes the tokens of the run skipped last one by one, as the scan does where it does not skip. */
static void tokenize_run(scanner *s) {
    int pos = s->pos;
    int end = s->runEnd;
    s->pos = s->runStart;
    s->runStart = -1;
    s->skipRuns = 0;
    for (;;) {
        while (s->pos < end && (ascii[s->src[s->pos]] & SPACE) != 0) {
            s->pos++;
        }
        if (s->pos >= end) {
            break;
        }
        token(s);
    }
    s->skipRuns = 1;
    s->pos = pos;
}

/* The last character of the run skipped last that is not white space; *word is where the run of name
   characters that ends there starts (the index after it when there is none). */
static int run_last(const scanner *s, int *word) {
    const unit *src = s->src;
    int k = s->runEnd - 1;
    while ((ascii[src[k]] & SPACE) != 0) { /* a run starts with a token */
        k--;
    }
    int w = k + 1;
    while (w > s->runStart && (ascii[src[w - 1]] & NAME_PART) != 0) {
        w--;
    }
    *word = w;
    return k;
}

/* Whether the run skipped last ends with a dot. */
static int run_ends_with_dot(const scanner *s) {
    int w;
    return s->src[run_last(s, &w)] == '.';
}

/* Whether a `(` here opens the head of if, while, for or with. */
static int opens_head(scanner *s) {
    if (s->runStart >= 0) {
        int w;
        int k = run_last(s, &w);
        if (w > k || !is_one_of(s, w, k + 1, HEAD_KEYWORDS)) {
            return 0; /* whatever the token, not one of the words */
        }
        tokenize_run(s);
    }
    return s->lastKind == NAME && !s->lastIsProperty && is_one_of(s, s->lastStart, s->lastEnd, HEAD_KEYWORDS);
}

/* brace_opens_block, also after a skipped run */
static int opens_block(scanner *s) {
    if (s->runStart >= 0) {
        int w;
        int k = run_last(s, &w);
        unit c = s->src[k];
        if (w <= k) {
            if (is_digit(s->src[w])) {
                return 0; /* a number */
            }
            unit before = w > s->runStart ? s->src[w - 1] : 0;
            if (before != '.' && before != '+' && before != '-' && !is_one_of(s, w, k + 1, EXPRESSION_KEYWORDS)) {
                return 1; /* a name that is no keyword (not the end of a number such as 1.e or 1e+x) */
            }
        } else if (c != '.' && c != '+' && c != '-') {
            return c == ';' || (c == '>' && k > s->runStart && s->src[k - 1] == '=');
        } else {
            return 0; /* an operator or the end of a number: either way no block */
        }
        tokenize_run(s);
    }
    return brace_opens_block(s);
}

/* regex_allowed, also after a skipped run */
static int regex_allowed_here(scanner *s) {
    if (s->runStart >= 0) {
        int w;
        int k = run_last(s, &w);
        unit c = s->src[k];
        if (w <= k) {
            if (!is_one_of(s, w, k + 1, EXPRESSION_KEYWORDS)) {
                return 0; /* a name that is no keyword, or a number */
            }
        } else if (c != '.' && c != '+' && c != '-') {
            return 1; /* an operator other than ++, --, ?. and ... */
        }
        tokenize_run(s);
    }
    return regex_allowed(s);
}

static int punctuator_length(const scanner *s, unit c) {
    unit next = at(s, s->pos + 1);
    if (c == '.' && next == '.' && at(s, s->pos + 2) == '.') {
        return 3;
    }
    if ((c == '?' && next == '.' && !is_digit(at(s, s->pos + 2))) || (c == '=' && next == '>')
            || ((c == '+' || c == '-') && next == c)) {
        return 2;
    }
    return 1;
}

static void punctuator(scanner *s, unit c) {
    int start = s->pos;
    int allowsRegex = 0;
    if (c == '(') {
        push(s, opens_head(s) ? PAREN_HEAD : PAREN, start);
    } else if (c == '[') {
        push(s, BRACKET, start);
    } else if (c == '{') {
        push(s, opens_block(s) ? BRACE_BLOCK : BRACE_OBJECT, start);
    } else if (c == ')' || c == ']' || c == '}') {
        int open = pop(s);
        allowsRegex = c == ')' ? open == PAREN_HEAD : c == '}' && open != BRACE_OBJECT;
    }
    s->pos += punctuator_length(s, c);
    emit(s, PUNCTUATOR, start, s->pos);
    s->lastAllowsRegex = allowsRegex;
}

static void string(scanner *s, unit quote) {
    int i = s->pos + 1;
    while (i < s->length) {
        unit c = s->src[i];
        if (c == quote) {
            s->pos = i + 1;
            return;
        }
        if (c == '\\') {
            i += starts_with(s, i + 1, "\r\n") ? 3 : 2;
        } else if (c == '\n' || c == '\r') {
            break;
        } else {
            i++;
        }
    }
    event(s, EV_UNTERMINATED, s->pos, OPEN_STRING);
    s->pos = i < s->length ? i : s->length;
}

static void template(scanner *s, int start) {
    int head = s->src[start] == '`';
    int i = s->pos + (head ? 0 : 1);
    while (i < s->length) {
        unit c = s->src[i];
        if (c == '`') {
            s->pos = i + 1;
            emit(s, head ? TEMPLATE : TEMPLATE_TAIL, start, s->pos);
            return;
        }
        if (c == '$' && at(s, i + 1) == '{') {
            s->pos = i + 2;
            emit(s, TEMPLATE_OPEN, start, s->pos);
            push(s, BRACE_TEMPLATE, start);
            return;
        }
        i += c == '\\' ? 2 : 1;
    }
    event(s, EV_UNTERMINATED, start, OPEN_TEMPLATE);
    s->pos = s->length;
}

static int regex(scanner *s) {
    int inClass = 0;
    int i = s->pos + 1;
    while (i < s->length) {
        unit c = s->src[i];
        if (is_line_terminator(c)) {
            return 0;
        }
        if (c == '\\') {
            if (i + 1 < s->length && is_line_terminator(s->src[i + 1])) {
                return 0;
            }
            i += 2;
            continue;
        }
        if (c == '[') {
            inClass = 1;
        } else if (c == ']') {
            inClass = 0;
        } else if (c == '/' && !inClass) {
            s->pos = i + 1;
            while (s->pos < s->length && is_name_char(s->src[s->pos])) {
                s->pos++;
            }
            return 1;
        }
        i++;
    }
    return 0;
}

static int index_of_unit(const scanner *s, unit c, int from) {
    for (int i = from < 0 ? 0 : from; i < s->length; i++) {
        if (s->src[i] == c) {
            return i;
        }
    }
    return -1;
}

static void name(scanner *s) {
    const unit *src = s->src;
    int n = s->length;
    int pos = s->pos;
    while (pos < n) {
        unit c = src[pos];
        if (c < 0x80 && c != '\\') {
            if ((ascii[c] & NAME_PART) == 0) {
                break;
            }
            pos++;
        } else if (c == '\\') {
            pos += 2;
            if (at(s, pos - 1) == 'u' && at(s, pos) == '{') {
                int close = index_of_unit(s, '}', pos);
                pos = close < 0 ? n : close + 1;
            }
        } else if (is_name_char(c)) {
            pos++;
        } else {
            break;
        }
    }
    s->pos = pos > n ? n : pos;
}

static void number(scanner *s) {
    int hex = starts_with(s, s->pos, "0x") || starts_with(s, s->pos, "0X");
    s->pos++;
    while (s->pos < s->length) {
        unit c = s->src[s->pos];
        if ((c == '+' || c == '-') && !hex && (s->src[s->pos - 1] == 'e' || s->src[s->pos - 1] == 'E')) {
            s->pos++;
        } else if (is_name_char(c) || c == '.') {
            s->pos++;
        } else {
            break;
        }
    }
}

static int line_end(const scanner *s, int from) {
    const unit *src = s->src;
    int n = s->length;
    int i = from;
#ifdef __SSE2__
    /* eight units at a time */
    const __m128i lf = _mm_set1_epi16('\n'), cr = _mm_set1_epi16('\r');
    const __m128i ls = _mm_set1_epi16((short) 0x2028), ps = _mm_set1_epi16((short) 0x2029);
    for (; i + 8 <= n; i += 8) {
        __m128i v = _mm_loadu_si128((const __m128i *) (src + i));
        __m128i end = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr)),
                                   _mm_or_si128(_mm_cmpeq_epi16(v, ls), _mm_cmpeq_epi16(v, ps)));
        unsigned mask = (unsigned) _mm_movemask_epi8(end);
        if (mask) {
            return i + __builtin_ctz(mask) / 2;
        }
    }
#endif
    while (i < n && !is_line_terminator(src[i])) {
        i++;
    }
    return i;
}

/* The index of the first "*\/" from `from`, -1 when there is none. */
static int comment_end(const scanner *s, int from) {
    const unit *src = s->src;
    int n = s->length;
    int i = from;
#ifdef __SSE2__
    /* eight units at a time, looking at the unit after each star */
    const __m128i star = _mm_set1_epi16('*');
    for (; i + 9 <= n; i += 8) {
        unsigned mask = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *) (src + i)), star));
        while (mask) {
            int lane = __builtin_ctz(mask) / 2;
            mask &= ~(3u << (2 * lane));
            if (src[i + lane + 1] == '/') {
                return i + lane;
            }
        }
    }
#endif
    for (; i + 1 < n; i++) {
        if (src[i] == '*' && src[i + 1] == '/') {
            return i;
        }
    }
    return -1;
}

static void skip_trivia(scanner *s) {
    const unit *src = s->src;
    int n = s->length;
    int pos = s->pos;
    while (pos < n) {
        unit c = src[pos];
        if (c < 0x80 && (ascii[c] & SPACE) != 0) {
            pos++;
        } else if (c == '/' && pos + 1 < n && src[pos + 1] == '/') {
            pos = line_end(s, pos);
        } else if (c == '/' && pos + 1 < n && src[pos + 1] == '*') {
            int close = comment_end(s, pos + 2);
            if (close < 0) {
                s->pos = pos;
                event(s, EV_UNTERMINATED, pos, OPEN_COMMENT);
                pos = n;
            } else {
                pos = close + 2;
            }
        } else if (c >= 0x80 && is_whitespace(c)) {
            pos++;
        } else {
            break;
        }
    }
    s->pos = pos;
}

static void token(scanner *s) {
    int start = s->pos;
    unit c = s->src[s->pos];
    if (s->skipRuns && start >= s->exactUntil && (ascii[c] & SPECIAL) == 0 && s->state == IDLE
            && s->computedImportClosed < 0 && s->closingComputedImport < 0) {
        int end = plain_run_end(s, start);
        if (!keyword_within(s, start, end) && (end == s->length || s->src[end] != '\\')) {
            if (s->runStart >= 0 && (run_ends_with_dot(s) || is_property(s))) {
                /* a run before this one, only comments between: whether a name that starts this one
                   is a property depends on it (a name after . or ?.); otherwise it is left out */
                tokenize_run(s);
            }
            s->runStart = start;
            s->runEnd = end;
            s->pos = end;
            return;
        }
        /* a keyword, or a name that goes on with an escape: token by token, and the run before it (only
           comments between) too, which may end with the new of new URL */
        s->exactUntil = end;
        if (s->runStart >= 0) {
            tokenize_run(s);
        }
    }
    if (c == '"' || c == '\'') {
        string(s, c);
        emit(s, STRING, start, s->pos);
    } else if (c == '`') {
        s->pos++;
        template(s, start);
    } else if (c == '}' && s->depth > 0 && s->brackets[s->depth - 1] == BRACE_TEMPLATE) {
        s->depth--;
        template(s, start);
    } else if (c == '/' && regex_allowed_here(s) && regex(s)) {
        emit(s, REGEX, start, s->pos);
    } else if (c < 0x80 ? (ascii[c] & NAME_START) != 0 : is_name_start(c)) {
        name(s);
        emit(s, NAME, start, s->pos);
    } else if (c == '#' && s->pos + 1 < s->length && is_name_start(s->src[s->pos + 1])) {
        s->pos++;
        name(s);
        emit(s, PRIVATE_NAME, start, s->pos);
    } else if ((c >= '0' && c <= '9') || (c == '.' && is_digit(at(s, s->pos + 1)))) {
        number(s);
        emit(s, NUMBER, start, s->pos);
    } else {
        punctuator(s, c);
    }
}

static void finish(scanner *s) {
    flush_computed_import(s, 0);
    for (int i = 0; i < s->depth; i++) {
        if (s->brackets[i] == BRACE_TEMPLATE) {
            event(s, EV_UNTERMINATED, s->bracketStarts[i], OPEN_TEMPLATE);
            return;
        }
    }
}

static void scan(scanner *s) {
    s->pos = s->length > 0 && s->src[0] == 0xFEFF ? 1 : 0;
    if (starts_with(s, s->pos, "#!")) {
        s->pos = line_end(s, s->pos);
    }
    while (!s->failed) {
        skip_trivia(s);
        if (s->pos >= s->length) {
            break;
        }
        token(s);
    }
    finish(s);
}

/* --- decoding --- */

/* Decodes well-formed UTF-8 into out; returns the number of units, or -1 at the first ill-formed sequence. */
static int decode_utf8(const uint8_t *b, int n, unit *out) {
    int u = 0;
    int i = 0;
    while (i < n) {
        uint8_t c = b[i];
        if (c < 0x80) {
            /* a run of ASCII, sixteen bytes at a time, then eight */
#ifdef __SSE2__
            while (i + 16 <= n) {
                __m128i v = _mm_loadu_si128((const __m128i *) (b + i));
                if (_mm_movemask_epi8(v)) {
                    break;
                }
                _mm_storeu_si128((__m128i *) (out + u), _mm_unpacklo_epi8(v, _mm_setzero_si128()));
                _mm_storeu_si128((__m128i *) (out + u + 8), _mm_unpackhi_epi8(v, _mm_setzero_si128()));
                u += 16;
                i += 16;
            }
#endif
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, b + i, 8);
                if (w & 0x8080808080808080ULL) {
                    break;
                }
                for (int k = 0; k < 8; k++) {
                    out[u + k] = b[i + k];
                }
                u += 8;
                i += 8;
            }
            while (i < n && b[i] < 0x80) {
                out[u++] = b[i++];
            }
            continue;
        }
        uint32_t cp;
        int len;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + len > n) {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            uint8_t t = b[i + k];
            if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) {
                return -1;
            }
            cp = cp << 6 | (t & 0x3F);
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out[u++] = (unit) (0xD800 + (cp >> 10));
            out[u++] = (unit) (0xDC00 + (cp & 0x3FF));
        } else {
            out[u++] = (unit) cp;
        }
        i += len;
    }
    return u;
}

/* decode_utf8 for the other parts of the library (files.c): -1 for bytes that are not well-formed UTF-8. */
__attribute__((visibility("hidden"))) int ecstatic_decode_utf8(const uint8_t *b, int n, uint16_t *out) {
    return decode_utf8(b, n, out);
}

/* Whether the bytes at i are import, export or URL; the first three were checked. */
static int keyword_at(const uint8_t *b, int n, int i) {
    if (b[i] == 'U') {
        return 1; /* URL */
    }
    return i + 6 <= n && (memcmp(b + i, "import", 6) == 0 || memcmp(b + i, "export", 6) == 0);
}

/* Whether the three bytes at i start import, export or URL. */
static int keyword_prefix(const uint8_t *b, int i) {
    return (b[i] == 'i' && b[i + 1] == 'm' && b[i + 2] == 'p') || (b[i] == 'e' && b[i + 1] == 'x' && b[i + 2] == 'p')
            || (b[i] == 'U' && b[i + 1] == 'R' && b[i + 2] == 'L');
}

/* Appends i to the places; 0 when memory runs short. */
static int add_place(int **at, int *count, int *capacity, int i) {
    if (*count == *capacity) {
        int grown_capacity = *capacity * 2;
        int *grown_at = grown_capacity > (1 << 28) ? NULL : realloc(*at, sizeof(int) * (size_t) grown_capacity);
        if (!grown_at) {
            return 0;
        }
        *at = grown_at;
        *capacity = grown_capacity;
    }
    (*at)[(*count)++] = i;
    return 1;
}

/* Finds where import, export and URL start in the bytes, in one pass, sixteen bytes at a time: sorted
   places for the scan of an ASCII text, which skips plain runs that hold none (see token). Returns 0 when
   memory runs short. */
static int find_keywords(const uint8_t *b, int n, int **places, int *placeCount) {
    int count = 0;
    int capacity = 64;
    int *at = malloc(sizeof(int) * (size_t) capacity);
    if (!at) {
        return 0;
    }
    int i = 0;
#ifdef __SSE2__
    const __m128i i_ = _mm_set1_epi8('i'), e_ = _mm_set1_epi8('e'), u_ = _mm_set1_epi8('U');
    const __m128i m_ = _mm_set1_epi8('m'), x_ = _mm_set1_epi8('x'), r_ = _mm_set1_epi8('R');
    const __m128i p_ = _mm_set1_epi8('p'), l_ = _mm_set1_epi8('L');
    for (; i + 18 <= n; i += 16) {
        __m128i v0 = _mm_loadu_si128((const __m128i *) (b + i));
        __m128i v1 = _mm_loadu_si128((const __m128i *) (b + i + 1));
        __m128i v2 = _mm_loadu_si128((const __m128i *) (b + i + 2));
        __m128i ip = _mm_and_si128(_mm_cmpeq_epi8(v0, i_), _mm_cmpeq_epi8(v1, m_));
        __m128i ep = _mm_and_si128(_mm_cmpeq_epi8(v0, e_), _mm_cmpeq_epi8(v1, x_));
        __m128i ur = _mm_and_si128(_mm_cmpeq_epi8(v0, u_), _mm_cmpeq_epi8(v1, r_));
        __m128i hit = _mm_or_si128(_mm_and_si128(_mm_or_si128(ip, ep), _mm_cmpeq_epi8(v2, p_)),
                                   _mm_and_si128(ur, _mm_cmpeq_epi8(v2, l_)));
        unsigned mask = (unsigned) _mm_movemask_epi8(hit);
        while (mask) {
            int k = i + __builtin_ctz(mask);
            mask &= mask - 1;
            if (keyword_at(b, n, k) && !add_place(&at, &count, &capacity, k)) {
                free(at);
                return 0;
            }
        }
    }
#endif
    for (; i + 3 <= n; i++) {
        if (keyword_prefix(b, i) && keyword_at(b, n, i) && !add_place(&at, &count, &capacity, i)) {
            free(at);
            return 0;
        }
    }
    *places = at;
    *placeCount = count;
    return 1;
}

/* which of the words occur: bit 0 "sourceMappingURL=", bit 1 any of "import", "export", "URL" */
static int words(const uint8_t *b, int n) {
    size_t size = (size_t) n;
    if (memmem(b, size, "sourceMappingURL=", 17)) {
        return 3; /* "URL" too */
    }
    return memmem(b, size, "import", 6) || memmem(b, size, "export", 6) || memmem(b, size, "URL", 3) ? 2 : 0;
}

/*
 * Returns {flags, kind, a, b, kind, a, b, ...} for the bytes: flags tell whether they hold
 * "sourceMappingURL=", whether they were read as ISO-8859-1 or are all ASCII, and whether the scan was
 * left out because no word that starts a form with a specifier occurs (as JsRewriter.mayHoldSpecifiers
 * does). Returns
 * null when memory runs out (an OutOfMemoryError is pending when the JVM's ran out).
 */
JNIEXPORT jintArray JNICALL Java_org_ecstatic_tools_NativeJsScanner_scan0(JNIEnv *env, jclass type, jbyteArray data) {
    jsize n = (*env)->GetArrayLength(env, data);
    int *places = NULL;
    int placeCount = 0;
    scanner s;
    memset(&s, 0, sizeof s);
    unit *src = NULL;
    int units = 0;
    /* the bytes where the JVM holds them, for the passes over them that call nothing else: the words
       are found and the text decoded; the scan reads the decoded text after they are let go */
    uint8_t *bytes = (*env)->GetPrimitiveArrayCritical(env, data, NULL);
    if (!bytes) {
        return NULL;
    }
    int located = find_keywords(bytes, n, &places, &placeCount);
    int found = !located ? words(bytes, n)
            : (memmem(bytes, (size_t) n, "sourceMappingURL=", 17) ? 1 : 0) | (placeCount > 0 ? 2 : 0);
    int flags = (found & 1) ? FLAG_SOURCE_MAP_KEY : 0;
    if (found & 2) {
        src = malloc(sizeof(unit) * (n > 0 ? (size_t) n : 1));
        if (src) {
            units = decode_utf8(bytes, n, src);
            if (units < 0) {
                flags |= FLAG_LATIN1;
                for (int i = 0; i < n; i++) {
                    src[i] = bytes[i];
                }
                units = n;
            }
        }
    } else {
        flags |= FLAG_NOT_SCANNED;
    }
    (*env)->ReleasePrimitiveArrayCritical(env, data, bytes, JNI_ABORT);
    if (found & 2) {
        s.capacity = 16;
        s.brackets = malloc(sizeof(int) * 16);
        s.bracketStarts = malloc(sizeof(int) * 16);
        if (!src || !s.brackets || !s.bracketStarts) {
            s.failed = 1;
        } else {
            s.src = src;
            s.length = units;
            s.lastKind = NONE;
            s.computedImportClosed = -1;
            s.closingComputedImport = -1;
            s.state = IDLE;
            s.runStart = -1;
            if (units == n && !(flags & FLAG_LATIN1)) {
                flags |= FLAG_ASCII;
            }
            if (located && (flags & FLAG_ASCII)) {
                /* the places of the words in the bytes are those in the text */
                s.keywords = places;
                s.keywordCount = placeCount;
                s.skipRuns = 1;
                places = NULL;
            }
            scan(&s);
        }
    }
    free(src);
    free(s.brackets);
    free(s.bracketStarts);
    free(s.keywords);
    free(places);
    jintArray result = NULL;
    if (!s.failed) {
        result = (*env)->NewIntArray(env, 1 + s.count);
        if (result) {
            jint head = flags;
            (*env)->SetIntArrayRegion(env, result, 0, 1, &head);
            if (s.count > 0) {
                (*env)->SetIntArrayRegion(env, result, 1, s.count, s.events);
            }
        }
    }
    free(s.events);
    return result;
}

/*
 * Returns the text of well-formed UTF-8 bytes as a String, decoded as the JDK decodes it; NULL when
 * they are not well-formed UTF-8 (the caller reads them as ISO-8859-1), or when memory runs out (an
 * OutOfMemoryError is pending when the JVM's ran out). A fresh JVM decodes with C1 code, a byte at a
 * time; a collect decodes every script and style sheet that has references.
 */
JNIEXPORT jstring JNICALL Java_org_ecstatic_tools_NativeText_decode0(JNIEnv *env, jclass type, jbyteArray data) {
    jsize n = (*env)->GetArrayLength(env, data);
    uint8_t *bytes = malloc(n > 0 ? (size_t) n : 1);
    unit *units = malloc(sizeof(unit) * (n > 0 ? (size_t) n : 1));
    jstring text = NULL;
    if (bytes && units) {
        (*env)->GetByteArrayRegion(env, data, 0, n, (jbyte *) bytes);
        int count = decode_utf8(bytes, n, units);
        if (count >= 0) {
            text = (*env)->NewString(env, units, count);
        }
    }
    free(bytes);
    free(units);
    return text;
}
