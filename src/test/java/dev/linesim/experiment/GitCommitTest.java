package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit of the repository holding a scenario, read from git's own files: loose refs, packed refs, detached. */
class GitCommitTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path f = Files.createDirectories(dir.resolve("scenarios")).resolve("line.yaml");
        Files.writeString(f, "name: x\n");
        return f;
    }

    @Test
    void aBranchWithALooseRef() throws Exception {
        Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/refs/heads/main"), SHA + "\n");
        assertEquals(Optional.of(SHA), GitCommit.of(scenario()));
    }

    @Test
    void aBranchInPackedRefs() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + SHA + " refs/heads/main\n");
        assertEquals(Optional.of(SHA), GitCommit.of(scenario()));
    }

    @Test
    void aDetachedHeadAndNoRepositoryAtAll() throws Exception {
        Path f = scenario();
        assertEquals(Optional.empty(), GitCommit.of(f), "no .git above a temporary folder");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), SHA + "\n");
        assertEquals(Optional.of(SHA), GitCommit.of(f));
    }
}
