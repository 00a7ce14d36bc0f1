package dev.linesim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
            "line", Set.of("sim", "scenario", "scenario.retrofit"), // a conversion timeline's ramps
            "experiment", Set.of("line", "sim", "stats", "scenario", "scenario.input", "scenario.retrofit", "economics",
                    "results"),
            "report", Set.of("results", "stats"),
            "cli", Set.of("experiment", "report", "results", "regression", "scenario", "scenario.input",
                    "scenario.retrofit", "line", "stats", "economics"));
    /**
     * The scenario package's layers, whose rules are kept apart: specs (plain data) use none; input (reading, schema,
     * binders) and retrofit (plan resolution) use the specs and each other, since the loader reads a plan through
     * retrofit, which binds the resolved line with input's binders.
     */
    private static final Map<String, Set<String>> LAYERS = Map.of(
            "scenario", Set.of(),
            "scenario.input", Set.of("scenario", "scenario.retrofit"),
            "scenario.retrofit", Set.of("scenario", "scenario.input"));
    /** Packages every package may use: they use none. */
    private static final Set<String> EVERYWHERE = Set.of("time");
    /** An import, or a fully qualified name in code (comments are removed before matching). */
    private static final Pattern PROJECT_IMPORT = Pattern.compile("\\bdev\\.linesim\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern SSJ = Pattern.compile("\\bumontreal\\.");
    private static final Pattern TERMINAL = Pattern.compile("System\\.(out|err|exit)\\b");

    @Test
    void packagesDependOnlyInTheAllowedDirection() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            Path dir = MAIN.relativize(file).getParent();
            String source = dir.toString().replace('/', '.');
            String text = COMMENT.matcher(Files.readString(file)).replaceAll("").replaceFirst("package [\\w.]+;", "");
            Matcher m = PROJECT_IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (!allowed(source, target)) {
                    violations.add(file + " imports dev.linesim." + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Within the scenario layers by their own rules; elsewhere by top-level package. */
    private static boolean allowed(String source, String target) {
        String top = source.split("\\.")[0];
        String targetTop = target.split("\\.")[0];
        if (target.equals(source) || EVERYWHERE.contains(targetTop)) {
            return true;
        }
        if (LAYERS.containsKey(source)) {
            return LAYERS.get(source).contains(target);
        }
        if (LAYERS.containsKey(target)) { // the specs' readers are named one by one
            return ALLOWED.getOrDefault(top, Set.of()).contains(target);
        }
        return targetTop.equals(top) || ALLOWED.getOrDefault(top, Set.of()).contains(targetTop);
    }

    @Test
    void scenarioSpecsArePlainDataWithoutTheSimulationLibrary() throws IOException {
        // the line model builds SSJ generators from specs (line/Sampler); specs never name SSJ, by import or in full
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = COMMENT.matcher(Files.readString(file)).replaceAll("");
            if (MAIN.relativize(file).getParent().toString().equals("scenario") && SSJ.matcher(text).find()) {
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
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<String> missing = dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN))
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
