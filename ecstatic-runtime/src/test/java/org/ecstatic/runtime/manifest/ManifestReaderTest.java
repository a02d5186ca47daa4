package org.ecstatic.runtime.manifest;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestReaderTest {
    static final String REBUILD = ". Rebuild it with ecstatic:collect (or the ecstatic command line).";

    static Manifest parse(String json) {
        return Manifest.parse(json, "m.json");
    }

    static String notAManifest(String what) {
        return "The manifest m.json is not an Ecstatic manifest: " + what + REBUILD;
    }

    /** Returns what a reading gave, as text: the maps of the manifest, or the exception and its message. */
    static String outcome(Supplier<Manifest> reading) {
        try {
            Manifest m = reading.get();
            return "paths " + m.paths() + "\nfiles " + m.files();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Asserts that the streaming reader and the tree-based reference give the same manifest or message. */
    static String assertReadAlike(byte[] json) {
        String streaming = outcome(() -> Manifest.parse(new ByteArrayInputStream(json), "m.json"));
        String tree = outcome(() -> TreeManifestReader.parse(json, "m.json"));
        assertThat(streaming).as("reading %s", new String(json, StandardCharsets.UTF_8)).isEqualTo(tree);
        return streaming;
    }

    static String assertReadAlike(String json) {
        return assertReadAlike(json.getBytes(StandardCharsets.UTF_8));
    }

    static final String EVERYTHING = """
            {
              "files": {
                "css/a.0123456789ab.css": {"encodings": ["br", "gzip"], "integrity": "sha256-AAAA", "size": 12},
                "css/b\\u00e9.0123456789ab.css": {"integrity": "sha256-BB\\/B", "size": 0, "x": [1, {"y": null}]},
                "img/\\ud83d\\ude00.0123456789ab.png": {"encodings": ["gzip"], "size": 9223372036854775807}
              },
              "hash": "0123456789ab",
              "paths": {
                "css/a.css": "css/a.0123456789ab.css",
                "css/b\\u00e9.css": "css/b\\u00e9.0123456789ab.css",
                "img/\\ud83d\\ude00.png": "img/\\ud83d\\ude00.0123456789ab.png"
              },
              "version": 1
            }
            """;

    @Nested
    class AgreesWithTheTreeReading {
        @Test
        void onGeneratedManifestsOfEverySize() {
            Random random = new Random(11);
            for (int size : new int[] {0, 1, 2, 17, 1000}) {
                Map<String, String> paths = new HashMap<>();
                Map<String, Manifest.FileEntry> files = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    String name = Documents.ODD_NAMES.get(random.nextInt(Documents.ODD_NAMES.size())) + "/" + i + ".css";
                    String hashed = name.replace(".css", ".0123456789ab.css");
                    paths.put(name, hashed);
                    files.put(hashed, new Manifest.FileEntry(random.nextInt(1 << 20), "sha256-" + i,
                            List.of("br", "gzip").subList(0, random.nextInt(3))));
                }
                Manifest written = Manifest.of(paths, files);
                byte[] json = written.toJson();
                assertReadAlike(json);
                assertThat(Manifest.parse(new ByteArrayInputStream(json), "m.json")).isEqualTo(written);
            }
        }

        @Test
        void onEveryTruncation() {
            byte[] json = EVERYTHING.getBytes(StandardCharsets.UTF_8);
            for (int length = 0; length < json.length; length++) {
                assertReadAlike(java.util.Arrays.copyOf(json, length));
            }
        }

        @Test
        void onEveryByteReplacedByOneThatBreaksSomething() {
            byte[] json = EVERYTHING.getBytes(StandardCharsets.UTF_8);
            byte[] breakers = {'"', '}', ']', ',', ':', '\\', '0', '-', 'x', ' ', (byte) 0xC3, (byte) 0xFF, 0x01};
            for (int at = 0; at < json.length; at++) {
                for (byte b : breakers) {
                    byte[] changed = json.clone();
                    changed[at] = b;
                    assertReadAlike(changed);
                }
            }
        }

        @Test
        void onThousandsOfDocumentsGoodAndBad() {
            Documents documents = new Documents(new Random(3));
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            for (int i = 0; i < 4000; i++) {
                String outcome = assertReadAlike(documents.next());
                String kind = outcome.startsWith("paths ") ? "manifest"
                        : outcome.contains("not valid JSON") ? "bad JSON"
                        : outcome.contains("its version is") ? "bad version"
                        : outcome.contains("it has no") ? "missing member"
                        : outcome.contains("manifest: \"") ? "member not an object"
                        : outcome.contains("the name") ? "bad name"
                        : outcome.contains("files.\"") ? "bad file entry"
                        : outcome.contains("paths.\"") ? "bad path"
                        : "other: " + outcome;
                kinds.merge(kind, 1, Integer::sum);
            }
            // every kind of outcome is met often enough for the comparison to mean something
            assertThat(kinds).containsOnlyKeys("manifest", "bad JSON", "bad version", "missing member",
                    "member not an object", "bad name", "bad file entry", "bad path");
            assertThat(kinds.values()).as(kinds.toString()).allSatisfy(count -> assertThat(count).isGreaterThan(40));
        }
    }

    @Nested
    class Members {
        @Test
        void readsNamesInAnyOrderAndTheTopLevelMembersInAnyOrder() {
            Manifest m = parse("""
                    {"version": 1, "paths": {"z.css": "z.0123456789ab.css", "a.css": "a.0123456789ab.css"},
                     "files": {"z.0123456789ab.css": {"size": 2}, "a.0123456789ab.css": {"size": 1}}}""");
            assertThat(m.paths()).containsExactly(Map.entry("a.css", "a.0123456789ab.css"),
                    Map.entry("z.css", "z.0123456789ab.css"));
            assertThat(m.files().keySet()).containsExactly("a.0123456789ab.css", "z.0123456789ab.css");
            assertThat(m.file("z.0123456789ab.css").size()).isEqualTo(2);
        }

        @Test
        void readsTheStaticImportsOfAModuleAndSkipsMembersItDoesNotKnow() {
            Manifest m = parse("""
                    {"version": 1, "paths": {"app.js": "app.0123456789ab.js"},
                     "files": {"app.0123456789ab.js": {"size": 2, "imports": ["x/b.bbbbbbbbbbbb.js", "a.aaaaaaaaaaaa.js"],
                               "later": {"nested": [1, {"deep": true}]}}},
                     "also-later": [1, 2]}""");
            assertThat(m.file("app.0123456789ab.js")).isEqualTo(new Manifest.FileEntry(2, null, List.of(),
                    List.of("a.aaaaaaaaaaaa.js", "x/b.bbbbbbbbbbbb.js")));
        }

        @Test
        void keepsTheLastOfARepeatedName() {
            Manifest m = parse("""
                    {"paths": {"a.css": "a.000000000000.css", "b.css": "b.0123456789ab.css", "a.css": "a.0123456789ab.css"},
                     "files": {"a.0123456789ab.css": {"size": 1, "size": 5, "encodings": ["br"], "encodings": []}},
                     "version": 1}""");
            assertThat(m.paths()).containsExactly(Map.entry("a.css", "a.0123456789ab.css"),
                    Map.entry("b.css", "b.0123456789ab.css"));
            assertThat(m.file("a.0123456789ab.css")).isEqualTo(new Manifest.FileEntry(5, null, List.of()));
        }

        @Test
        void checksEveryOneOfARepeatedNameButOnlyTheLastMemberOfAFileEntry() {
            assertThatThrownBy(() -> parse("{\"paths\": {\"a.css\": 1, \"a.css\": \"a.0123456789ab.css\"}, \"version\": 1}"))
                    .hasMessage(notAManifest("paths.\"a.css\" is a number, expected a string"));
            assertThat(parse("{\"paths\": {}, \"files\": {\"a.css\": {\"size\": -4, \"size\": 4}}, \"version\": 1}")
                    .file("a.css").size()).isEqualTo(4);
        }

        @Test
        void decodesEscapesInNames() {
            Manifest m = parse("""
                    {"paths": {"a\\u00e9\\ud83d\\ude00 \\"q\\"\\t\\/.css": "x\\u0041.css"}, "version": 1}""");
            assertThat(m.hashedName("a\u00e9\ud83d\ude00 \"q\"\t/.css")).isEqualTo("xA.css");
        }

        @Test
        void skipsMembersItDoesNotKnow() {
            Manifest m = parse("""
                    {"comment": {"a": [1, 2, {"b": null}]}, "paths": {}, "version": 1,
                     "files": {"a.css": {"size": 3, "mtime": [2024, 1], "integrity": "sha256-A"}}}""");
            assertThat(m.file("a.css")).isEqualTo(new Manifest.FileEntry(3, "sha256-A", List.of()));
        }

        @Test
        void sortsEncodingsAndDropsRepeats() {
            Manifest m = parse("{\"paths\": {}, \"files\": {\"a.css\": {\"encodings\": [\"gzip\", \"br\", \"gzip\"]}}, "
                    + "\"version\": 1}");
            assertThat(m.file("a.css").encodings()).containsExactly("br", "gzip");
        }

        @Test
        void readsAnUnsortedDjangoManifestAsFilesOfUnknownSize() {
            Manifest m = parse("""
                    {"paths": {"js/z.js": "js/z.111111111111.js", "css/a.css": "css/a.222222222222.css"},
                     "version": "1.1"}""");
            assertThat(m.files()).containsExactly(
                    Map.entry("css/a.222222222222.css", new Manifest.FileEntry(-1, null, List.of())),
                    Map.entry("js/z.111111111111.js", new Manifest.FileEntry(-1, null, List.of())));
        }
    }

    @Nested
    class Sizes {
        static String withSize(String size) {
            return "{\"paths\": {}, \"files\": {\"a.css\": {\"size\": " + size + "}}, \"version\": 1}";
        }

        @Test
        void readsEveryWholeNumberOfBytesUpToTheLargestLong() {
            assertThat(parse(withSize("0")).file("a.css").size()).isZero();
            assertThat(parse(withSize("2147483648")).file("a.css").size()).isEqualTo(2_147_483_648L);
            assertThat(parse(withSize("9223372036854775807")).file("a.css").size()).isEqualTo(Long.MAX_VALUE);
        }

        @Test
        void refusesSizesBeyondTheLargestLongInsteadOfWrappingThemAround() {
            assertThatThrownBy(() -> parse(withSize("9223372036854775808")))
                    .hasMessage(notAManifest("files.\"a.css\".size is 9223372036854775808, expected a whole number of bytes"));
            // 2^64 + 5, whose low 64 bits say 5
            assertThatThrownBy(() -> parse(withSize("18446744073709551621")))
                    .hasMessage(notAManifest("files.\"a.css\".size is 18446744073709551621, expected a whole number of bytes"));
        }

        @Test
        void refusesNegativeFractionalAndNonNumericSizes() {
            for (String size : List.of("-1", "1.5", "\"12\"", "null", "[]")) {
                assertThatThrownBy(() -> parse(withSize(size))).as(size)
                        .hasMessage(notAManifest("files.\"a.css\".size is " + size + ", expected a whole number of bytes"));
            }
        }
    }

    @Nested
    class Problems {
        @Test
        void reportsMalformedJsonBeforeAProblemMetEarlier() {
            assertThatThrownBy(() -> parse("{\"version\": 2, \"paths\": {\"/a\": 1}, \"files\": {\"a\": }}"))
                    .hasMessage("The manifest m.json is not valid JSON at line 1, column 51: Invalid token=CURLYCLOSE at "
                            + "(line no=1, column no=51, offset=50). Expected tokens are: [CURLYOPEN, SQUAREOPEN, STRING, "
                            + "NUMBER, TRUE, FALSE, NULL]" + REBUILD);
        }

        @Test
        void aVersionThatOnlyWrapsAroundToOneIsRefused() {
            assertThatThrownBy(() -> parse("{\"version\": 4294967297, \"paths\": {}}"))
                    .hasMessageContaining("its version is 4294967297, this runtime reads version 1");
            assertThat(parse("{\"version\": 1.0, \"paths\": {}}").size()).isZero();
        }

        @Test
        void numbersBeyondWhatTheParserReadsAreReportedNotThrown() {
            assertThatThrownBy(() -> parse("{\"version\": 1, \"paths\": {}, \"files\": {\"a\": {\"size\": 1"
                    + "0".repeat(2000) + "}}}"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest m.json holds a number it cannot read: Number of BigDecimal source "
                            + "characters 2001 exceeded maximal allowed value of 1100" + REBUILD);
            assertThatThrownBy(() -> parse("{\"version\": 1e9999999999, \"paths\": {}}"))
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("The manifest m.json holds a number it cannot read: Exponent overflow" + REBUILD);
        }

        @Test
        void reportsTheVersionThenPathsThenFilesWhateverTheirOrder() {
            assertThatThrownBy(() -> parse("{\"files\": {\"/f\": 1}, \"paths\": {\"/p\": \"p\"}, \"version\": 2}"))
                    .hasMessageContaining("its version is 2");
            assertThatThrownBy(() -> parse("{\"files\": {\"/f\": 1}, \"paths\": {\"/p\": \"p\"}, \"version\": 1}"))
                    .hasMessage(notAManifest("the name \"/p\" starts with '/'; names are relative to the static root"));
            assertThatThrownBy(() -> parse("{\"files\": {\"/f\": 1}, \"paths\": {}, \"version\": 1}"))
                    .hasMessage(notAManifest("the name \"/f\" starts with '/'; names are relative to the static root"));
        }

        @Test
        void reportsTheFirstBadMemberAndInAFileEntrySizeThenIntegrityThenEncodings() {
            assertThatThrownBy(() -> parse("{\"paths\": {\"a\": \"b\\\\c\", \"\": \"d\"}, \"version\": 1}"))
                    .hasMessage(notAManifest("the name \"b\\c\" holds '\\'; names use forward slashes"));
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a\": "
                    + "{\"encodings\": [\"deflate\"], \"integrity\": \"md5-x\", \"size\": 1.5}}}"))
                    .hasMessage(notAManifest("files.\"a\".size is 1.5, expected a whole number of bytes"));
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a\": "
                    + "{\"encodings\": [\"deflate\"], \"integrity\": \"md5-x\"}}}"))
                    .hasMessage(notAManifest("files.\"a\".integrity is \"md5-x\", expected a string \"sha256-<base64>\""));
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a\": "
                    + "{\"encodings\": [\"br\", {\"x\": 1}, \"deflate\"]}}}"))
                    .hasMessage(notAManifest("files.\"a\".encodings holds {\"x\":1}, expected \"br\" or \"gzip\""));
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a\": {\"encodings\": \"br\"}}}"))
                    .hasMessage(notAManifest("files.\"a\".encodings is a string, expected an array such as [\"br\", \"gzip\"]"));
        }

        @Test
        void reportsTheFirstImportThatIsNoHashedName() {
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a.js\": "
                    + "{\"imports\": [\"b.js\", [1], \"/c.js\"]}}}"))
                    .hasMessage(notAManifest("files.\"a.js\".imports holds an array, expected hashed names"));
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a.js\": "
                    + "{\"imports\": [\"../c.js\", 3]}}}"))
                    .hasMessageStartingWith("The manifest m.json is not an Ecstatic manifest: files.\"a.js\".imports "
                            + "holds \"../c.js\", which ");
            assertThatThrownBy(() -> parse("{\"paths\": {}, \"version\": 1, \"files\": {\"a.js\": {\"imports\": {}}}}"))
                    .hasMessage(notAManifest("files.\"a.js\".imports is an object, expected an array of hashed names "
                            + "such as [\"js/util.3f2a1b9c0d4e.js\"]"));
        }

        @Test
        void refusesATopLevelThatIsNoObjectAndAnEmptyDocument() {
            assertThatThrownBy(() -> parse("[1, 2]"))
                    .hasMessage(notAManifest("the top level is an array, expected an object"));
            assertThatThrownBy(() -> parse(""))
                    .hasMessage("The manifest m.json is not valid JSON at line 1, column 0: Invalid token=EOF at (line "
                            + "no=1, column no=0, offset=-1). Expected tokens are: [CURLYOPEN, SQUAREOPEN, STRING, NUMBER, "
                            + "TRUE, FALSE, NULL]" + REBUILD);
        }

        @Test
        void leavesTheCallersStreamOpen() {
            boolean[] closed = {false};
            var in = new java.io.FilterInputStream(new ByteArrayInputStream("{\"paths\": {}, \"version\": 1}"
                    .getBytes(StandardCharsets.UTF_8))) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            Manifest.parse(in, "m.json");
            assertThat(closed[0]).isFalse();
        }
    }

    /**
     * Manifest documents made at random from a seed: mostly well-formed values, and now and then one
     * of every kind the reader must refuse or tell apart, members in any order, repeated, unknown or
     * missing, and the odd trailing content.
     */
    static final class Documents {
        static final List<String> ODD_NAMES = List.of("css", "a b", "caf\u00e9", "\ud83d\ude00", "q\"uote",
                "tab\tnew\nline", "ctl\u0001", "slash/sub", "u\u2028");
        private static final List<String> BAD_NAMES = List.of("\"\"", "\"/abs.css\"", "\"a\\\\b.css\"",
                "\"\\u002fabs.css\"", "\"a\\\\\"");
        private static final List<String> VERSIONS = List.of("2", "\"2\"", "1.0", "1e0", "null", "true", "\"1.x\"",
                "\"1.1.1\"", "[1]", "4294967297", "-1");
        private static final List<String> SIZES = List.of("-1", "1.5", "1.0", "1e3", "10E0", "\"12\"", "null", "-0",
                "9223372036854775807", "9223372036854775808", "18446744073709551621", "{}", "[]", "0.0e1");
        private static final List<String> INTEGRITIES = List.of("\"md5-x\"", "1", "null", "\"\"", "[\"sha256-a\"]",
                "\"sha256-\"", "\"SHA256-a\"");
        private static final List<String> ENCODINGS = List.of("[\"br\", \"br\"]", "[\"deflate\"]", "[\"br\", 1]",
                "[null]", "\"br\"", "{}", "[[\"br\"]]", "[{\"a\": 1}]", "[\"gzip\", \"br\"]", "[\"BR\"]", "null");
        private static final List<String> ANY = List.of("1", "\"x\"", "null", "true", "false", "[]", "{}",
                "[1, {\"a\": [2]}]", "{\"a\": {\"b\": []}}", "-2.5e-3", "\"sha256-a\"");
        private static final List<String> JUNK = List.of(" x", "{}", "]", "\n[1]", ",", " \"a\"");

        private final Random random;

        Documents(Random random) {
            this.random = random;
        }

        /** Returns the next document. */
        String next() {
            List<String> members = new ArrayList<>();
            if (chance(0.95)) {
                members.add("\"version\": " + (chance(0.9) ? pick(List.of("1", "\"1.1\"", "\"1.0\"")) : pick(VERSIONS)));
            }
            if (chance(0.95)) {
                members.add("\"paths\": " + (chance(0.97) ? object(this::pathMember) : pick(ANY)));
            }
            if (chance(0.7)) {
                members.add("\"files\": " + (chance(0.97) ? object(this::fileMember) : pick(ANY)));
            }
            if (chance(0.3)) {
                members.add("\"hash\": " + pick(ANY));
            }
            if (chance(0.05) && !members.isEmpty()) {
                members.add(pick(members));
            }
            if (chance(0.5)) {
                Collections.shuffle(members, random);
            } else {
                Collections.sort(members);
            }
            String separator = chance(0.5) ? ", " : ",\r\n  ";
            return "{" + String.join(separator, members) + "}" + (chance(0.03) ? pick(JUNK) : "\n");
        }

        private String object(Supplier<String> member) {
            List<String> members = new ArrayList<>();
            for (int n = random.nextInt(7); n > 0; n--) {
                members.add(member.get());
            }
            if (chance(0.05) && !members.isEmpty()) {
                members.add(pick(members));
            }
            if (chance(0.6)) {
                Collections.sort(members);
            }
            return "{" + String.join(", ", members) + "}";
        }

        private String pathMember() {
            String name = name();
            return name + ": " + (chance(0.97) ? name.replace(".css", ".0123456789ab.css") : pick(ANY));
        }

        private String fileMember() {
            if (chance(0.03)) {
                return name() + ": " + pick(ANY);
            }
            List<String> members = new ArrayList<>();
            if (chance(0.9)) {
                members.add("\"size\": " + (chance(0.95) ? String.valueOf(random.nextInt(100_000)) : pick(SIZES)));
            }
            if (chance(0.8)) {
                members.add("\"integrity\": " + (chance(0.95) ? "\"sha256-" + random.nextInt(1000) + "\"" : pick(INTEGRITIES)));
            }
            if (chance(0.6)) {
                members.add("\"encodings\": " + (chance(0.95) ? pick(List.of("[]", "[\"br\"]", "[\"gzip\"]",
                        "[\"br\", \"gzip\"]")) : pick(ENCODINGS)));
            }
            if (chance(0.05)) {
                members.add("\"other\": " + pick(ANY));
            }
            if (chance(0.04) && !members.isEmpty()) {
                members.add(pick(members).replaceAll(": .*", ": " + pick(ANY)));
            }
            Collections.shuffle(members, random);
            return name() + ": {" + String.join(", ", members) + "}";
        }

        private String name() {
            if (chance(0.02)) {
                return pick(BAD_NAMES);
            }
            String name = (chance(0.8) ? "css" : pick(ODD_NAMES)) + "/" + random.nextInt(50) + ".css";
            return Manifest.quote(name);
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
