package dev.linesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that a failure leaves the previous versions intact: every file is first
 * written in full to a temporary file beside its target, and only when all are written are they moved
 * into place (atomically where the file system allows).
 */
public final class AtomicFiles {
    private final Map<Path, byte[]> contents = new LinkedHashMap<>();

    public AtomicFiles add(Path target, String text) {
        return add(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public AtomicFiles add(Path target, byte[] bytes) {
        contents.put(target, bytes);
        return this;
    }

    /** Writes all files; on failure removes the temporary files and leaves targets untouched. */
    public void commit() throws IOException {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                staged.add(new Path[] {temp, target});
                Files.write(temp, e.getValue());
            }
            for (Path[] p : staged) {
                try {
                    Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path[] p : staged) {
                Files.deleteIfExists(p[0]);
            }
        }
    }
}
