package dev.linesim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a set of files all or nothing. Every file is first written in full to a hidden temporary file beside its
 * target; then each existing target is set aside and the new file moved into place. If any step fails, the files
 * set aside are moved back and the temporary files removed, so the previous set stays whole. Temporary files are
 * also removed when the program is interrupted. New files are created like any other file, so they follow the
 * user's umask.
 */
public final class AtomicFiles {
    /** Temporary files not yet moved into place or removed, for removal on interruption. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the program ends
            }
        }), "linesim-temporary-files"));
    }

    private final Map<Path, byte[]> contents = new LinkedHashMap<>();

    public AtomicFiles add(Path target, String text) {
        return add(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public AtomicFiles add(Path target, byte[] bytes) {
        contents.put(target.toAbsolutePath().normalize(), bytes);
        return this;
    }

    /** Writes all files; on failure every target is as it was and no temporary file is left. */
    public void commit() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Path[]> staged = new ArrayList<>();   // {temporary, target}
        List<Path[]> setAside = new ArrayList<>(); // {previous version, target}
        List<Path> placed = new ArrayList<>();
        for (Path target : contents.keySet()) {
            if (Files.isDirectory(target)) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "a directory stands where a file goes");
            }
        }
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + "." + tag + ".tmp");
                PENDING.add(temp);
                staged.add(new Path[] {temp, target});
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(e.getValue());
                }
            }
            for (Path[] s : staged) {
                if (Files.exists(s[1])) {
                    Path previous = s[1].resolveSibling("." + s[1].getFileName() + "." + tag + ".previous");
                    PENDING.add(previous);
                    move(s[1], previous);
                    setAside.add(new Path[] {previous, s[1]});
                }
                move(s[0], s[1]);
                PENDING.remove(s[0]);
                placed.add(s[1]);
            }
        } catch (IOException | RuntimeException failure) {
            rollBack(placed, setAside, failure);
            throw failure;
        } finally {
            for (Path[] s : staged) {
                Files.deleteIfExists(s[0]);
                PENDING.remove(s[0]);
            }
        }
        for (Path[] a : setAside) {
            try {
                Files.deleteIfExists(a[0]);
            } catch (IOException e) {
                // the new files are in place; a previous version left behind is only clutter
            }
            PENDING.remove(a[0]);
        }
    }

    /** Removes the new files placed so far and puts the previous versions back. */
    private static void rollBack(List<Path> placed, List<Path[]> setAside, Exception failure) {
        for (Path p : placed) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        for (Path[] a : setAside) {
            try {
                move(a[0], a[1]);
                PENDING.remove(a[0]);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
