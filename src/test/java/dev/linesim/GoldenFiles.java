package dev.linesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenario folders read by tests, and golden files in src/test/resources/golden/, which a run with
 * {@code -Dlinesim.updateGolden=true} writes anew (deliberately, when a change is meant to move results).
 */
public final class GoldenFiles {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    /** The YAML files in {@code folder}, sorted; there must be some. */
    public static Stream<Path> yaml(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), folder + " holds scenarios");
            return yaml.stream();
        }
    }

    /** Checks {@code text} against the golden file {@code name}, or writes it there when updating. */
    public static void assertGolden(String name, String text, String what) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("linesim.updateGolden")) {
            Files.writeString(golden, text);
        }
        assertEquals(Files.readString(golden), text, what + " against " + golden);
    }

    /** Every KPI and station figure of every replication, to the last bit, against {@code <name>.numbers.sha256}. */
    public static void assertNumbersPinned(String name, RunResults r) throws IOException {
        String numbers = ResultsFiles.sha256(ResultsFiles.json(r.kpis()) + ResultsFiles.json(r.stations())) + "\n";
        assertGolden(name + ".numbers.sha256", numbers, "every KPI and station figure of " + name);
    }
}
