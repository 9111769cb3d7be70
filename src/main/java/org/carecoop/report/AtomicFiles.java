package org.carecoop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.carecoop.CarecoopException;

/**
 * Writes output files whole or not at all: the content goes to a temporary file beside the target,
 * which then replaces the target in one step. A failed or interrupted run leaves the old file as it was.
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    public static void write(Path target, Content content) {
        write(target, content, true);
    }

    /** Writes a file that must not exist yet; a file that appeared meanwhile is left as it is. */
    public static void writeNew(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    }

    private static void write(Path target, Content content, boolean replace) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CarecoopException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new CarecoopException("cannot write " + target + ": it is a folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a device or a pipe (-o /dev/null): moving a file into its place would replace the device itself
            throw new CarecoopException("cannot write " + target + ": it is not a plain file (a device or a pipe); "
                    + "leave out -o to print to the terminal");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            permissionsFor(temp, absolute);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            if (replace) {
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                temp = null;
            } else {
                try {
                    // a hard link is created in one step and fails if the name is taken; the temporary
                    // name is then removed in the finally block
                    Files.createLink(absolute, temp);
                } catch (UnsupportedOperationException e) {
                    Files.move(temp, absolute);
                    temp = null;
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new CarecoopException(target + " already exists; nothing was written");
        } catch (IOException e) {
            throw new CarecoopException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the target is untouched
                }
            }
        }
    }

    /**
     * A temporary file is private to its owner; the output should not be. Keep the permissions of
     * the file being replaced, or give a new file the usual read for all, write for the owner.
     */
    private static void permissionsFor(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Writes text as UTF-8. */
    public static void writeText(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
