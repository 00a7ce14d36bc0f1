package dev.linesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of result files is written whole or not at all. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void whenOneFileCannotBePlacedTheOthersKeepTheirPreviousVersion() throws Exception {
        Files.writeString(dir.resolve("a.json"), "old a");
        Files.writeString(dir.resolve("c.csv"), "old c");
        Files.createDirectories(dir.resolve("b.csv").resolve("in-the-way")); // a non-empty folder cannot be replaced
        AtomicFiles files = new AtomicFiles().add(dir.resolve("a.json"), "new a").add(dir.resolve("c.csv"), "new c")
                .add(dir.resolve("b.csv"), "new b");
        assertThrows(java.io.IOException.class, files::commit);
        assertEquals("old a", Files.readString(dir.resolve("a.json")));
        assertEquals("old c", Files.readString(dir.resolve("c.csv")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("a.json", "b.csv", "c.csv"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary or set-aside files remain");
        }
    }

    @Test
    void aSuccessfulCommitReplacesEveryFile() throws Exception {
        Files.writeString(dir.resolve("a.json"), "old a");
        new AtomicFiles().add(dir.resolve("a.json"), "new a").add(dir.resolve("sub/b.csv"), "new b").commit();
        assertEquals("new a", Files.readString(dir.resolve("a.json")));
        assertEquals("new b", Files.readString(dir.resolve("sub/b.csv")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count());
        }
    }
}
