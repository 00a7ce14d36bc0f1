package dev.linesim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commit checked out in the git repository that holds a file, read from the repository's own files (HEAD,
 * loose refs, packed refs), so no git program is needed. Empty outside a repository or when it cannot be read.
 */
final class GitCommit {
    private GitCommit() {
    }

    static Optional<String> of(Path file) {
        try {
            for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
                Path git = dir.resolve(".git");
                if (Files.isRegularFile(git)) { // a worktree or submodule: "gitdir: <path>"
                    String line = Files.readString(git, StandardCharsets.UTF_8).strip();
                    if (line.startsWith("gitdir:")) {
                        return head(dir.resolve(line.substring(7).strip()).normalize());
                    }
                }
                if (Files.isDirectory(git)) {
                    return head(git);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDir) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
        if (!head.startsWith("ref:")) {
            return hash(head);
        }
        String ref = head.substring(4).strip();
        Path common = gitDir;
        Path commonFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonFile)) {
            common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip()).normalize();
        }
        for (Path base : new Path[] {gitDir, common}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return hash(Files.readString(loose, StandardCharsets.UTF_8).strip());
            }
            Path packed = base.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref)) {
                        return hash(line.substring(0, line.indexOf(' ')));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> hash(String s) {
        return s.matches("[0-9a-f]{40}([0-9a-f]{24})?") ? Optional.of(s) : Optional.empty();
    }
}
