package dev.linesim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the direction of dependencies between packages, and keeps the terminal to the cli package. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/linesim");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "scenario", Set.of(),
            "sim", Set.of(),
            "stats", Set.of(),
            "economics", Set.of(),
            "results", Set.of("stats"),
            "regression", Set.of("results", "stats"),
            "line", Set.of("sim", "scenario"),
            "experiment", Set.of("line", "sim", "stats", "scenario", "economics", "results"),
            "report", Set.of("results", "stats"),
            "cli", Set.of("experiment", "report", "results", "regression", "scenario", "line", "stats", "economics"));
    /** Packages every package may use: they use none. */
    private static final Set<String> EVERYWHERE = Set.of("time");
    /** An import, or a fully qualified name in code (comments are removed before matching). */
    private static final Pattern PROJECT_IMPORT = Pattern.compile("\\bdev\\.linesim\\.([a-z]\\w*)\\.");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern SSJ = Pattern.compile("\\bumontreal\\.");
    private static final Pattern TERMINAL = Pattern.compile("System\\.(out|err|exit)\\b");

    @Test
    void packagesDependOnlyInTheAllowedDirection() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            String text = COMMENT.matcher(Files.readString(file)).replaceAll("").replaceFirst("package [\\w.]+;", "");
            Matcher m = PROJECT_IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !EVERYWHERE.contains(target) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                    violations.add(file + " imports dev.linesim." + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void scenarioSpecsArePlainDataWithoutTheSimulationLibrary() throws IOException {
        // the line model builds SSJ generators from specs (line/Sampler); specs never name SSJ, by import or in full
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = COMMENT.matcher(Files.readString(file)).replaceAll("");
            if (MAIN.relativize(file).getName(0).toString().equals("scenario") && SSJ.matcher(text).find()) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheCliPrintsOrExits() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!MAIN.relativize(file).getName(0).toString().equals("cli") && TERMINAL.matcher(Files.readString(file)).find()) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            List<String> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).map(Path::toString).toList();
            assertEquals(List.of(), missing);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
