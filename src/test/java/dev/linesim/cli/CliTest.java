package dev.linesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: every exit code and every class of failure. */
class CliTest {
    private static final String GOOD = """
            name: tiny
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 200 h, warmup: 20 h, replications: 3, seed: 5}
            stations:
              - id: feed
                process_time: {dist: exponential, mean: 1 h}
              - id: press
                process_time: {dist: exponential, mean: 40 min}
                scrap: 0.05
            """;
    private static final String UNSTABLE = """
            name: unstable
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 100000 h, replications: 1}
            stations:
              - id: fast
                process_time: 1 s
              - id: slow
                process_time: 1 h
            """;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runWritesResultsAndPrintsASummary() throws Exception {
        Path scenario = write("tiny.yaml", GOOD);
        Path out = dir.resolve("out");
        Result r = cli("run", scenario.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Good cells per hour"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals("tiny", json.at("/scenario/name").asText());
        assertEquals("good_cells_per_h", json.at("/kpis/0/kpi/key").asText());
        assertEquals(3, json.at("/kpis/0/estimate/n").asInt());
        assertTrue(json.at("/kpis/0/estimate/half_width").asDouble() > 0);
        assertEquals(3, json.at("/kpis/0/replications").size());
        String csv = Files.readString(out.resolve("results.csv"));
        assertTrue(csv.startsWith("scope,station,kpi,label,unit,mean,half_width,ci_low,ci_high,n\nline,,good_cells_per_h,"
                + "Good cells per hour,cells/h,"), csv);
        assertFalse(csv.contains("\r"), "\\n line endings");
        try (var files = Files.list(out)) {
            assertEquals(List.of("capex.csv", "charts", "replications.csv", "report.pdf", "results.csv", "results.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left behind");
        }
        try (var charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.map(p -> p.getFileName().toString()).toList().containsAll(List.of("station-time-shares.pdf",
                    "station-time-shares.svg", "station-time-shares.png", "station-time-shares.csv")));
        }
    }

    @Test
    void optionsOverrideTheFileAndQuietPrintsNothing() throws Exception {
        Path scenario = write("tiny.yaml", GOOD);
        Path out = dir.resolve("out");
        Result r = cli("run", scenario.toString(), "-o", out.toString(), "-r", "2", "--seed", "9",
                "--horizon", "100 h", "--warmup", "10 h", "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(2, json.at("/run/replications").asInt());
        assertEquals(9, json.at("/run/seed").asInt());
        assertEquals(90.0, json.at("/run/observed_hours").asDouble());
    }

    @Test
    void verbosePrintsReplicationsEventRateAndDigest() throws Exception {
        Result r = cli("run", write("tiny.yaml", GOOD).toString(), "-o", dir.resolve("o").toString(), "-v");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("replication 3/3 done"), r.err());
        assertTrue(r.out().contains("M events/s") && r.out().contains("Results digest: sha256:"), r.out());
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        Path scenario = write("tiny.yaml", GOOD);
        assertEquals(2, cli("run", scenario.toString(), "--replicatons", "3").code());
        assertEquals(2, cli("frobnicate").code());
        assertEquals(2, cli("run").code());
        Result badHorizon = cli("run", scenario.toString(), "--horizon", "ten days");
        assertEquals(2, badHorizon.code());
        assertTrue(badHorizon.err().contains("--horizon: expected a duration"), badHorizon.err());
        Result warmup = cli("run", scenario.toString(), "--warmup", "300 h");
        assertEquals(2, warmup.code());
        assertTrue(warmup.err().contains("is not shorter than the horizon"), warmup.err());
        assertEquals(2, cli("run", scenario.toString(), "--threads", "0").code());
    }

    @Test
    void invalidScenarioExitsWith3ListsEveryProblemAndWritesNothing() throws Exception {
        Path bad = write("bad.yaml", GOOD.replace("scrap: 0.05", "scrap: 5").replace("process_time: {dist: exponential, mean: 1 h}",
                "process_tme: 1 h"));
        Path out = dir.resolve("out");
        Result r = cli("run", bad.toString(), "--out", out.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains(bad + ":5:5: error: stations.feed: missing required key 'process_time' (expected: time per job: one unit, or one batch)"), r.err());
        assertTrue(r.err().contains(bad + ":6:5: error: stations.feed.process_tme: unknown key 'process_tme' (did you mean 'process_time'?)"), r.err());
        assertTrue(r.err().contains(bad + ":9:12: error: stations.press.scrap: expected a value < 1, was 5"), r.err());
        assertTrue(r.err().contains("3 errors; nothing was written"), r.err());
        assertFalse(Files.exists(out));
        assertFalse(r.err().contains("at dev.linesim"), "no stack trace without --stacktrace");
        assertEquals(3, cli("validate", bad.toString()).code());
        assertEquals(3, cli("run", dir.resolve("missing.yaml").toString()).code());
    }

    @Test
    void simulationFailureExitsWith4NamingReplicationTimeAndStation() throws Exception {
        Result r = cli("run", write("unstable.yaml", UNSTABLE).toString(), "-o", dir.resolve("o").toString());
        assertEquals(4, r.code());
        assertTrue(r.err().matches("(?s)linesim: replication 1 failed at t = [0-9.]+ h in station 'slow': the line cannot keep up:"
                + " 'slow' receives [0-9,.]+ cells/h from 'fast' but can take at most 1.00 cells/h.*"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("java."), "no Java class names: " + r.err());
        assertFalse(r.err().contains("--stacktrace"), "a line that cannot keep up is the user's to fix, not a bug");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void outputErrorExitsWith5() throws Exception {
        Path scenario = write("tiny.yaml", GOOD);
        Path notADirectory = write("file.txt", "keep me");
        Result r = cli("run", scenario.toString(), "--out", notADirectory.toString());
        assertEquals(5, r.code());
        assertTrue(r.err().contains("is not a directory"), r.err());
        assertEquals("keep me", Files.readString(notADirectory));
    }

    @Test
    void theOutputFolderIsCheckedBeforeSimulating() throws Exception {
        Path scenario = write("tiny.yaml", GOOD.replace("horizon: 200 h", "horizon: 30000 d"));
        Path file = write("file.txt", "keep me");
        long start = System.nanoTime();
        Result under = cli("run", scenario.toString(), "--out", file.resolve("sub").toString());
        assertEquals(5, under.code());
        assertTrue(under.err().contains("cannot be created") && under.err().contains("is not a directory"), under.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "refused before 30,000 days were simulated");
        Result empty = cli("compare", scenario.toString(), scenario.toString(), "--out", "");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("--out: expected a directory, was an empty path"), empty.err());
        assertEquals(2, cli("convert", scenario.toString(), "--out", "").code());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Result r = cli();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: linesim"), r.err());
    }

    @Test
    void newFilesAreReadableLikeAnyOtherFileTheUserMakes() throws Exception {
        Path out = dir.resolve("perm");
        assertEquals(0, cli("run", write("tiny.yaml", GOOD).toString(), "-o", out.toString(), "-q", "--no-charts").code());
        Path reference = Files.createFile(out.resolve("made-by-hand.txt"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out.resolve("results.json")),
                "the umask decides, as for any new file");
    }

    @Test
    void aFailedRunLeavesThePreviousResultsIntact() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, cli("run", write("tiny.yaml", GOOD).toString(), "-o", out.toString(), "-q").code());
        String before = Files.readString(out.resolve("results.json"));
        assertEquals(3, cli("run", write("bad.yaml", GOOD.replace("machines", "x").replace("scrap: 0.05", "scrap: 2")).toString(),
                "-o", out.toString()).code());
        assertEquals(4, cli("run", write("unstable.yaml", UNSTABLE).toString(), "-o", out.toString()).code());
        assertEquals(before, Files.readString(out.resolve("results.json")));
    }

    @Test
    void stacktraceOnRequest() throws Exception {
        Result r = cli("run", write("unstable.yaml", UNSTABLE).toString(), "-o", dir.resolve("o").toString(), "--stacktrace");
        assertEquals(4, r.code());
        assertTrue(r.err().contains("at dev.linesim.line"), r.err());
    }

    @Test
    void validateSchemaVersionAndHelp() throws Exception {
        Result ok = cli("validate", write("tiny.yaml", GOOD).toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("ok (tiny, 2 stations)"));
        Result schema = cli("schema");
        assertEquals(0, schema.code());
        assertEquals("linesim scenario or retrofit plan", new ObjectMapper().readTree(schema.out()).get("title").asText());
        Result version = cli("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("linesim "), version.out());
        Result help = cli("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("3  invalid scenario file"), help.out());
    }

    @Test
    void resolvePrintsTheConvertedLineAndRefusesALine() throws Exception {
        Result r = cli("resolve", "scenarios/lfp-prismatic-semisolid-retrofit.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("#   replace filling with precursor_injection"), r.out());
        assertTrue(r.out().contains("- id: precursor_injection"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("#   filling") && l.contains("retired")), "capex items with fates");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("#   precursor_injection") && l.contains("new")), r.out());
        Result line = cli("resolve", "scenarios/lfp-prismatic-liquid.yaml");
        assertEquals(2, line.code());
        assertTrue(line.err().contains("is a line, not a retrofit plan"), line.err());
    }

    @Test
    void compareWritesPairedDifferences() throws Exception {
        Path a = write("a.yaml", GOOD);
        Path b = write("b.yaml", GOOD.replace("name: tiny", "name: faster").replace("mean: 40 min", "mean: 30 min"));
        Path out = dir.resolve("cmp");
        Result r = cli("compare", a.toString(), b.toString(), "-o", out.toString(), "-r", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Good cells per hour (cells/h)") && r.out().contains("difference"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertEquals("faster", json.at("/runs/1/scenario/name").asText());
        assertEquals(4, json.at("/runs/0/run/replications").asInt());
        assertTrue(Files.readString(out.resolve("comparison.csv")).startsWith("kpi,label,unit,scenario,mean,half_width,difference,"));
        assertTrue(Files.exists(out.resolve("report.pdf")) && Files.exists(out.resolve("charts/kpis.png")));
        assertEquals(3, cli("compare", a.toString(), write("bad.yaml", "name: [").toString()).code());
        assertEquals(2, cli("compare", a.toString()).code(), "two scenarios at least");
    }

    @Test
    void convertNeedsAPlanWithAConversion() throws Exception {
        Result r = cli("convert", write("tiny.yaml", GOOD).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is a line, not a retrofit plan"), r.err());
    }

    @Test
    void reportRedrawsFromAResultsFileAloneInAnEmptyFolder() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, cli("run", write("tiny.yaml", GOOD).toString(), "-o", out.toString(), "-q", "--no-charts").code());
        assertFalse(Files.exists(out.resolve("charts")) || Files.exists(out.resolve("report.pdf")), "--no-charts draws nothing");
        Path alone = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(out.resolve("results.json"), alone.resolve("results.json"));
        Files.delete(dir.resolve("tiny.yaml"));
        Result r = cli("report", alone.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(alone.resolve("report.pdf")) > 0);
        assertTrue(Files.exists(alone.resolve("charts/daily-output.svg")) && Files.exists(alone.resolve("charts/daily-output.csv")));
        assertTrue(r.out().contains("report.pdf"), r.out());

        Result png = cli("report", alone.resolve("results.json").toString(), "--format", "png", "--paper", "letter", "-q");
        assertEquals(0, png.code(), png.err());
        assertTrue(Files.exists(alone.resolve("charts/daily-output.png")));
        assertFalse(Files.exists(alone.resolve("charts/daily-output.svg")), "charts of the earlier drawing do not linger");
    }

    @Test
    void reportRefusesWhatIsNotResults() throws Exception {
        Result none = cli("report", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("holds no results.json"), none.err());
        Result scenario = cli("report", write("tiny.yaml", GOOD).toString());
        assertEquals(2, scenario.code());
        assertTrue(scenario.err().contains("not a JSON file"), scenario.err());
        Result format = cli("run", write("t.yaml", GOOD).toString(), "--format", "gif");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format: expected pdf, svg or png"), format.err());
    }

    @Test
    void aShortWarmupIsWarnedAboutEvenWhenQuietAndRecordedInTheResults() throws Exception {
        Path plan = TestResultsFiles.line(dir);
        Path out = dir.resolve("short");
        Result r = cli("run", plan.toString(), "--warmup", "2 h", "-o", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("linesim: warning: small-liquid: warm-up 2 h is shorter than the initial transient"), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertTrue(json.at("/checks/warnings/0").asText().contains("set run.warmup to"), json.at("/checks").toString());
        Result auto = cli("run", plan.toString(), "--warmup", "auto", "-r", "auto", "-o", dir.resolve("auto").toString());
        assertEquals(0, auto.code(), auto.err());
        assertTrue(auto.out().contains("warm-up detected by MSER-5 from a pilot run") && auto.out().contains("gwh_per_year within"),
                auto.out());
        assertFalse(auto.err().contains("warning"), auto.err());
        Result bad = cli("run", plan.toString(), "-r", "many");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--replications: expected a whole number or auto"), bad.err());
    }

    /** The priced test line of {@link dev.linesim.TestResults}, written into a folder. */
    private static final class TestResultsFiles {
        static Path line(Path dir) {
            return dev.linesim.TestResults.write(dir);
        }
    }
}
