package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFileTest {
    @TempDir
    Path tmp;

    @Nested
    class InDirectory {
        @Test
        void readsEveryByteOfTheFile() throws IOException {
            Path file = tmp.resolve("site.css");
            byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '{', '}', '\r', '\n', 0, (byte) 0xFF};
            Files.write(file, bytes);

            SourceFile source = new SourceFile("css/site.css", new SourceFile.InDirectory(file), bytes.length, 0);

            assertThat(source.read()).isEqualTo(bytes);
        }

        @Test
        void isDescribedByItsPath() {
            Path file = tmp.resolve("css/site.css");

            assertThat(new SourceFile.InDirectory(file).describe()).isEqualTo(file.toString());
        }

        @Test
        void aFileThatIsGoneIsAnErrorNamingIt() {
            Path file = tmp.resolve("gone.css");
            SourceFile source = new SourceFile("gone.css", new SourceFile.InDirectory(file), 3, 0);

            assertThatThrownBy(source::read)
                    .isInstanceOf(EcstaticException.class)
                    .hasMessage("Could not read the source file " + file + ": java.nio.file.NoSuchFileException: "
                            + file + ". Check that it is readable.")
                    .hasCauseInstanceOf(NoSuchFileException.class);
        }

        @Test
        void aDirectoryWhereTheFileWasIsAnErrorNamingIt() throws IOException {
            Path dir = Files.createDirectory(tmp.resolve("site.css"));
            SourceFile source = new SourceFile("site.css", new SourceFile.InDirectory(dir), 3, 0);

            assertThatThrownBy(source::read)
                    .isInstanceOf(EcstaticException.class)
                    .hasMessageStartingWith("Could not read the source file " + dir + ": java.io.IOException: ")
                    .hasMessageEndingWith(". Check that it is readable.")
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Nested
    class InJar {
        @Test
        void readsTheEntryAndIsDescribedByTheJarAndTheEntry() throws IOException {
            Path jar = tmp.resolve("uplot.jar");
            try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry("META-INF/resources/webjars/uplot/uPlot.min.css"));
                zip.write(".uplot{width:min-content}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry("META-INF/resources/webjars/uplot/uPlot.min.css");
                SourceFile source = new SourceFile("webjars/uplot/uPlot.min.css", new SourceFile.InJar(zip, entry),
                        entry.getSize(), entry.getTime());

                assertThat(new String(source.read(), StandardCharsets.UTF_8)).isEqualTo(".uplot{width:min-content}");
                assertThat(source.origin().describe())
                        .isEqualTo(jar + "!/META-INF/resources/webjars/uplot/uPlot.min.css");
            }
        }
    }
}
