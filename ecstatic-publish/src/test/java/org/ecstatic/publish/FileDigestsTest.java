package org.ecstatic.publish;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FileDigestsTest {
    @TempDir
    Path dir;

    @Nested
    class OneRead {
        @Test
        void givesTheSha256AndMd5OfTheBytes() throws Exception {
            Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.UTF_8);
            FileDigests digests = FileDigests.of(file);
            assertThat(digests.sha256()).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
            assertThat(digests.integrity()).isEqualTo("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
            assertThat(digests.md5()).isEqualTo("kAFQmDzST7DWlj99KOF/cg==");
            assertThat(digests.md5Hex()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
            assertThat(digests.size()).isEqualTo(3);
            assertThat(FileDigests.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(digests);
        }
    }
}
