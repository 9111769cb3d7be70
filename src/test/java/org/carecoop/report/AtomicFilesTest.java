package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carecoop.CarecoopException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are written whole or not at all: a writer that fails halfway (a full disk, an interrupted run, a
 * fault while building a workbook) leaves the earlier file exactly as it was and no partial file behind.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheEarlierFileUntouched() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.json"), "{\"earlier\": true}");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"later\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(CarecoopException.class)
                .hasMessage("cannot write " + target + ": No space left on device");
        assertThat(Files.readString(target)).isEqualTo("{\"earlier\": true}");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFaultInTheWriterLeavesTheEarlierFileUntouched() throws IOException {
        // not the user's error: the fault itself is reported, and still nothing is half written
        Path target = Files.writeString(dir.resolve("plan.csv"), "month,income\r\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("month,inc".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a fault while writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("month,income\r\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWholeWriteReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.md"), "earlier");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeText(target, "later");
        assertThat(Files.readString(target)).isEqualTo("later");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aDeviceOrPipeIsNeverReplacedByAFile() throws Exception {
        // -o /dev/null would otherwise move a plain file over the device itself; a named pipe stands in for it
        Path pipe = dir.resolve("pipe.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
                "mkfifo is available");
        assertThatThrownBy(() -> AtomicFiles.writeText(pipe, "{}")).isInstanceOf(CarecoopException.class)
                .hasMessage("cannot write " + pipe + ": it is not a plain file (a device or a pipe); leave out -o to "
                        + "print to the terminal");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        assertThat(files()).containsExactly(pipe);
    }

    @Test
    void aNewFileIsNeverWrittenOverAnExistingOne() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.yaml"), "scenario: mine\n");
        assertThatThrownBy(() -> AtomicFiles.writeNew(target, "scenario: starter\n"))
                .isInstanceOf(CarecoopException.class).hasMessageContaining("already exists; nothing was written");
        assertThat(Files.readString(target)).isEqualTo("scenario: mine\n");
        assertThat(files()).containsExactly(target);
    }
}
