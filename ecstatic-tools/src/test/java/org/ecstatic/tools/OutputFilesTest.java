package org.ecstatic.tools;

import org.ecstatic.runtime.EcstaticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFilesTest {
    @TempDir
    Path out;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void resolvesAPlainNameInsideTheOutput() {
        assertThat(OutputFiles.inside(out, "css/site.css", "the state")).isEqualTo(out.resolve("css/site.css"));
    }

    @Test
    void refusesANameThatCouldLeaveTheOutput() {
        assertThatThrownBy(() -> OutputFiles.inside(out, "../../victim.txt", "the collector state /x/state"))
                .isInstanceOf(EcstaticException.class)
                .hasMessage("Refused the name '../../victim.txt' from the collector state /x/state: it holds a '..' "
                        + "segment; names stay below the static root, so it could reach outside the output directory "
                        + out + ". Nothing was written for it.");
    }

    @Test
    void writingReplacesAFileThatSharesItsInodeInsteadOfWritingThroughIt() throws IOException {
        Path hashed = Files.writeString(out.resolve("a.0123456789ab.js"), "immutable");
        Path original = Files.createLink(out.resolve("a.js"), hashed);

        new OutputFiles().write(original, bytes("filtered"));

        assertThat(original).hasContent("filtered");
        assertThat(hashed).hasContent("immutable");
    }

    @Test
    void writesAHashedFileOnlyWhenNoneOfThatSizeIsThere() throws IOException {
        OutputFiles files = new OutputFiles();
        Path file = out.resolve("css/a.0123456789ab.css");
        assertThat(files.writeUnlessPresent(file, bytes("abc"))).isEqualTo(OutputFiles.stamp(file));
        assertThat(file).hasContent("abc");
        assertThat(files.writeUnlessPresent(file, bytes("xyz"))).isNull(); // same size: the name says the content is the same
        assertThat(file).hasContent("abc");
        assertThat(files.writeUnlessPresent(file, bytes("wxyz"))).isEqualTo(OutputFiles.stamp(file));
        assertThat(file).hasContent("wxyz");
    }

    @Test
    void stampsARegularFileBySizeAndTime() throws IOException {
        Path file = Files.writeString(out.resolve("a.css"), "abc");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        assertThat(OutputFiles.stamp(file)).isEqualTo(new CollectState.Written(3, 1_700_000_000_000L));
    }

    @Test
    void givesNoStampToAMissingFileALinkOrAFileThatSharesItsInode() throws IOException {
        Path file = Files.writeString(out.resolve("a.css"), "abc");
        Path hardLink = Files.createLink(out.resolve("b.css"), file);
        Path symbolicLink = Files.createSymbolicLink(out.resolve("c.css"), file);

        assertThat(OutputFiles.stamp(out.resolve("none.css"))).isNull();
        assertThat(OutputFiles.stamp(hardLink)).isNull();
        assertThat(OutputFiles.stamp(file)).isNull();
        assertThat(OutputFiles.stamp(symbolicLink)).isNull();
    }

    @Test
    void returnsTheStampOfWhatItWroteAsTheFileHasIt() throws IOException {
        Path file = out.resolve("css/a.css");
        CollectState.Written stamp = new OutputFiles().write(file, bytes("abcd"));
        assertThat(stamp).isEqualTo(OutputFiles.stamp(file));
        assertThat(stamp.size()).isEqualTo(4);
        assertThat(stamp.modified()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void writesTheSameFilesAndStampsWithTheJdkAsWithTheLibrary() throws IOException {
        byte[] large = new byte[3 << 20]; // more than the library writes from a pinned array at once
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 7);
        }
        for (boolean jdkOnly : List.of(false, true)) {
            NativeFiles.jdkOnly(jdkOnly);
            try {
                Path dir = out.resolve(jdkOnly ? "jdk" : "library");
                Path file = dir.resolve("big.bin");
                assertThat(new OutputFiles().write(file, large)).isEqualTo(OutputFiles.stamp(file));
                assertThat(Files.readAllBytes(file)).isEqualTo(large);
                assertThat(new OutputFiles().write(dir.resolve("empty.txt"), new byte[0]).size()).isZero();
            } finally {
                NativeFiles.jdkOnly(false);
            }
        }
    }
}
