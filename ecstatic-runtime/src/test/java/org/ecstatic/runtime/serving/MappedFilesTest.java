package org.ecstatic.runtime.serving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MappedFilesTest {
    @TempDir
    Path root;

    @Test
    void givesEachCallerItsOwnReadOnlySliceOfOneMapping() throws IOException {
        Path file = Files.writeString(root.resolve("a.0123456789ab.css"), "0123456789");
        MappedFiles files = new MappedFiles();

        ByteBuffer part = files.slice(file, 10, 2, 5);
        ByteBuffer whole = files.slice(file, 10, 0, 10);

        assertThat(part.isReadOnly()).isTrue();
        assertThat(part.isDirect()).isTrue();
        byte[] bytes = new byte[part.remaining()];
        part.get(bytes);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("23456");
        assertThat(whole.position()).isZero();
        assertThat(whole.remaining()).isEqualTo(10);
        assertThat(files.size()).isEqualTo(1);
    }

    @Test
    void mapsNoFileThatIsNotTheLengthItWasIndexedWith() throws IOException {
        Path file = Files.write(root.resolve("big.bin"), new byte[99]);
        MappedFiles files = new MappedFiles();

        assertThat(files.slice(file, 100, 0, 10)).isNull();
        assertThat(files.slice(root.resolve("gone.bin"), 100, 0, 10)).isNull();
        assertThat(files.size()).isZero();
        assertThat(files.slice(file, 99, 0, 10).remaining()).isEqualTo(10);
    }

    @Test
    void mapsNoMoreThanItsLimitOfFiles() throws IOException {
        MappedFiles files = new MappedFiles();
        for (int i = 0; i <= MappedFiles.MAX_FILES; i++) {
            Path file = Files.write(root.resolve(i + ".bin"), new byte[]{1});
            ByteBuffer slice = files.slice(file, 1, 0, 1);
            assertThat(slice == null).as("file " + i).isEqualTo(i == MappedFiles.MAX_FILES);
        }
        assertThat(files.size()).isEqualTo(MappedFiles.MAX_FILES);
    }
}
