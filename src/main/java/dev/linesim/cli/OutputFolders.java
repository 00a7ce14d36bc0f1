package dev.linesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that results can be written to a folder, before minutes are spent simulating. */
final class OutputFolders {
    private OutputFolders() {
    }

    /** Throws an output error unless {@code dir} is a writable folder, or can be made under a writable one. */
    static void check(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new OutputException("output path " + dir + " exists and is not a directory", null);
            }
            if (!Files.isWritable(absolute)) {
                throw new OutputException("output directory " + dir + " is not writable", null);
            }
            return;
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OutputException("output directory " + dir + " cannot be created: " + parent + " is not a directory", null);
        }
        if (!Files.isWritable(parent)) {
            throw new OutputException("output directory " + dir + " cannot be created: " + parent + " is not writable", null);
        }
    }
}
