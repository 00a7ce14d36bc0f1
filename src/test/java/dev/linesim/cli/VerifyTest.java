package dev.linesim.cli;

import static dev.linesim.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import dev.linesim.results.ResultsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Baselines saved, verified unchanged, and a real change caught with the KPIs that moved; every kind of bad baseline. */
class VerifyTest {
    @TempDir
    Path dir;
    Path line;
    Path baselines;

    @BeforeEach
    void save() throws Exception {
        line = TestResults.write(dir);
        baselines = dir.resolve("baselines");
        CliTest.Result r = cli("baseline", "save", line.toString(), "--dir", baselines.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(baselines.resolve("small-liquid.json")));
    }

    @Test
    void savingReadsEveryFileFirstSoABadOneSavesNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nstations: 3\n");
        Path other = dir.resolve("other-baselines");
        CliTest.Result r = cli("baseline", "save", line.toString(), bad.toString(), "--dir", other.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("bad.yaml"), r.err());
        assertFalse(Files.exists(other.resolve("small-liquid.json")), "the good file's baseline waits for the bad one");
    }

    @Test
    void savingShowsItsProgressOverAllFiles() {
        long interval = ProgressDisplay.plainEveryMillis;
        ProgressDisplay.plainEveryMillis = 1; // the small line saves in a fraction of a second
        try {
            CliTest.Result r = cli("baseline", "save", line.toString(), "--dir", dir.resolve("again").toString(), "-t", "1");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().matches("(?s).*linesim: \\d+% done: \\d+ of 5 replications.*"), r.err());
            assertFalse(cli("baseline", "save", line.toString(), "--dir", dir.resolve("quiet").toString(), "-q").err()
                    .contains("% done"));
        } finally {
            ProgressDisplay.plainEveryMillis = interval;
        }
    }

    @Test
    void anUnchangedScenarioPasses() {
        CliTest.Result r = cli("verify", "--dir", baselines.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("no regression") && r.out().contains("capex, fates and reuse: equal to the cent"), r.out());
        assertTrue(r.out().strip().endsWith("verify: 14 passed, 0 failed, 0 skipped"), r.out());
    }

    @Test
    void oneMoreMachineAtTheBottleneckFailsWithTheThroughputKpisNamed() throws Exception {
        Files.writeString(line, TestResults.LINE.replace("  - id: coater\n", "  - id: coater\n    machines: 2\n"));
        Path junit = dir.resolve("verify.xml");
        CliTest.Result r = cli("verify", line.toString(), "--dir", baselines.toString(), "--junit", junit.toString());
        assertEquals(6, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  Good cells per hour") && l.endsWith("FAIL")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  Output, GWh/yr") && l.endsWith("FAIL")), r.out());
        assertTrue(r.out().contains("coater: machines 1 → 2"), r.out());
        assertTrue(r.out().contains("REGRESSION in 1 scenario(s)"), r.out());

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document xml = f.newDocumentBuilder().parse(junit.toFile());
        Element suites = xml.getDocumentElement();
        int failures = xml.getElementsByTagName("failure").getLength();
        assertEquals(String.valueOf(failures), suites.getAttribute("failures"));
        assertEquals("14", suites.getAttribute("tests"), "13 KPIs (cost per kWh with its three components and scrap) and the capex figures");
        assertTrue(failures >= 5, "throughput, output and capex at least: " + failures);
    }

    @Test
    void aTinyChangeInsideTheTolerancePasses() throws Exception {
        Files.writeString(line, TestResults.LINE.replace("process_time: 40 s", "process_time: 40.2 s"));
        CliTest.Result r = cli("verify", line.toString(), "--dir", baselines.toString());
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void anotherSeedPassesTheStatisticalCheckAndFailsTheExactOne() {
        CliTest.Result statistical = cli("verify", "--dir", baselines.toString(), "--seed", "99", "-r", "12",
                "--tolerance", "good_cells_per_h=10%", "--tolerance", "good_cells_per_day=10%", "--tolerance",
                "good_cells_per_year=10%", "--tolerance", "gwh_per_year=10%", "--tolerance", "wip_cells=25%",
                "--tolerance", "capital_per_kwh_year=10%", "--tolerance", "cost_per_kwh=10%", "--tolerance",
                "overall_yield=0.01", "--tolerance", "lead_time_days=10%");
        assertEquals(0, statistical.code(), statistical.out());
        assertTrue(statistical.out().contains("Welch two-sample"), statistical.out());
        CliTest.Result exact = cli("verify", "--dir", baselines.toString(), "--exact", "--seed", "99");
        assertEquals(6, exact.code(), exact.out());
        assertTrue(exact.out().contains("results differ (FAIL); first KPIs that differ: good_cells_per_h"), exact.out());
        assertEquals(0, cli("verify", "--dir", baselines.toString(), "--exact").code(), "the same seed: the same digest");
    }

    @Test
    void missingCorruptAndIncompatibleBaselinesHaveTheirOwnCode() throws Exception {
        CliTest.Result missing = cli("verify", line.toString(), "--dir", dir.resolve("nowhere").toString());
        assertEquals(7, missing.code());
        assertTrue(missing.err().contains("no baseline") && missing.err().contains("linesim baseline save"), missing.err());

        Path json = baselines.resolve("small-liquid.json");
        String good = Files.readString(json);
        Files.writeString(json, good.substring(0, good.length() / 2));
        CliTest.Result corrupt = cli("verify", "--dir", baselines.toString());
        assertEquals(7, corrupt.code());
        assertTrue(corrupt.err().contains("not a JSON file") && !corrupt.err().contains("Exception"), corrupt.err());

        Files.writeString(json, good.replaceFirst("\"format\" : 1", "\"format\" : 99"));
        CliTest.Result layout = cli("verify", "--dir", baselines.toString());
        assertEquals(7, layout.code());
        assertTrue(layout.err().contains("baseline layout 99/3"), layout.err());

        Files.writeString(json, good.replace("\"linesim_version\" : \"", "\"linesim_version\" : \"0.0.1-old-"));
        CliTest.Result version = cli("verify", "--dir", baselines.toString(), "--exact");
        assertEquals(7, version.code());
        assertTrue(version.err().contains("exact mode needs the same version"), version.err());
        assertEquals(0, cli("verify", "--dir", baselines.toString()).code(), "a statistical check works across versions");
    }

    @Test
    void updateRewritesTheBaselineOnlyWhenAsked() throws Exception {
        Files.writeString(line, TestResults.LINE.replace("  - id: coater\n", "  - id: coater\n    machines: 2\n"));
        assertEquals(6, cli("verify", "--dir", baselines.toString()).code());
        CliTest.Result update = cli("verify", "--dir", baselines.toString(), "--update");
        assertEquals(0, update.code());
        assertTrue(update.out().contains("it now holds the new results; moved: good_cells_per_h"), update.out());
        assertTrue(update.out().contains("capex ("), update.out());
        assertEquals(0, cli("verify", "--dir", baselines.toString()).code());
    }

    @Test
    void theDigestDoesNotDependOnHowThePathWasTypedOrTheThreads() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(line.toAbsolutePath());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, cli("run", line.toAbsolutePath().toString(), "-o", a.toString(), "-q", "--no-charts", "-t", "1").code());
        assertEquals(0, cli("run", "./" + relative, "-o", b.toString(), "-q", "--no-charts", "-t", "2").code());
        var ra = ((ResultsFiles.Run) ResultsFiles.read(a.resolve("results.json"))).results();
        var rb = ((ResultsFiles.Run) ResultsFiles.read(b.resolve("results.json"))).results();
        assertEquals(ra.provenance().digest(), rb.provenance().digest());
        assertEquals(1, ra.provenance().environment().threads());
        assertEquals(2, rb.provenance().environment().threads());
        assertFalse(Files.readString(a.resolve("results.json")).contains(dir.toString()), "no folder of the machine in the file");
    }

    @Test
    void compareTellsAFileFromAnOlderVersionOfItself() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old")).resolve("small-liquid.yaml");
        Files.writeString(old, TestResults.LINE.replace("process_time: 40 s", "process_time: 45 s"));
        CliTest.Result r = cli("compare", old.toString(), line.toString(), "-o", dir.resolve("cmp").toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("small-liquid (old/small-liquid.yaml)"), r.out());
        assertTrue(r.out().contains("small-liquid (" + dir.getFileName() + "/small-liquid.yaml)"), r.out());
    }
}
