package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class NativeTextTest {
    @BeforeEach
    void libraryInUse() {
        // where the jar carries no library for the platform, SourceText.of decodes and nothing here applies
        assumeThat(NativeText.isNative()).as(String.valueOf(NativeLibrary.problem())).isTrue();
    }

    @Test
    void decodesEveryScriptAndStyleSheetOfTheModuleCorpusAsTheJdkDoes() throws IOException {
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/js-corpus/static"))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(NativeText.decode(bytes)).as(file.toString()).isEqualTo(SourceText.of(bytes));
                files++;
            }
        }
        assertThat(files).isGreaterThan(1000);
    }

    @Test
    void decodesWhatItsSelfCheckHoldsAsTheJdkDoes() {
        for (byte[] bytes : NativeText.SELF_CHECK) {
            assertThat(NativeText.decode(bytes)).isEqualTo(SourceText.of(bytes));
        }
        assertThat(NativeText.decode(NativeText.SELF_CHECK[1]).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void decodesRandomBytesAndRandomTextAsTheJdkDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[random.nextInt(40)];
                random.nextBytes(bytes);
            } else {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(30); k > 0; k--) {
                    text.appendCodePoint(switch (random.nextInt(4)) {
                        case 0 -> random.nextInt(0x80);
                        case 1 -> 0x80 + random.nextInt(0x780);
                        case 2 -> 0x800 + random.nextInt(0xD000);
                        default -> 0x10000 + random.nextInt(0x100000);
                    });
                }
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                if (i % 10 == 1 && bytes.length > 0) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8)); // one bit flipped
                }
            }
            assertThat(NativeText.decode(bytes)).as("case %d", i).isEqualTo(SourceText.of(bytes));
        }
    }
}
