package dev.linesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files are read back into exactly the records they were written from, and carry what reports need. */
class ResultsRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aRunOfAPlanRoundTripsWithItsCapexFatesChangesAndAssumptions() throws Exception {
        RunResults run = TestResults.plan(dir);
        Path file = dir.resolve("results.json");
        Files.writeString(file, ResultsFiles.json(run));
        RunResults back = assertInstanceOf(ResultsFiles.Run.class, ResultsFiles.read(file)).results();
        assertEquals(run, back);
        assertEquals(ResultsFiles.json(run), ResultsFiles.json(back), "writing what was read gives the same bytes");

        assertEquals(2, run.provenance().inputs().size(), "the plan and its base");
        assertEquals("plan", run.provenance().inputs().get(0).role());
        assertEquals("small-liquid.yaml", run.provenance().inputs().get(1).name());
        assertEquals(64, run.provenance().inputs().get(0).sha256().length());
        Retrofit r = run.capital().retrofit();
        assertNotNull(r);
        assertTrue(r.changes().contains("replace tester with new_tester"), r.changes().toString());
        CapexLine tester = run.capital().items().stream().filter(i -> i.id().equals("tester")).findFirst().orElseThrow();
        assertEquals("retired", tester.fate());
        assertEquals(new BigDecimal("100000.00"), tester.salvage());
        CapexLine coater = run.capital().items().stream().filter(i -> i.id().equals("se_coater")).findFirst().orElseThrow();
        assertEquals("new", coater.fate());
        assertEquals(new BigDecimal("1950000.00"), coater.installedValue(), "1.5 MUSD x 1.3");
        assertEquals("modified", run.capital().items().stream().filter(i -> i.id().equals("dry_room")).findFirst().orElseThrow().fate());
        assertEquals(5, run.assumptions().stations().size());
        assertTrue(run.stations().stream().anyMatch(s -> s.machines() == StationResults.UNLIMITED), "the delay stage");
    }

    @Test
    void gradesAndRepairCrewsRoundTrip() throws Exception {
        RunResults run = dev.linesim.TestLines.run(dev.linesim.TestLines.parse("""
                        name: graded
                        product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                        economics: {price_per_kwh: 80 USD}
                        repair_crews:
                          - {id: fitters, name: Fitters, shifts: [{from: 6 h, size: 2}, {from: 18 h, size: 1}]}
                        run: {horizon: 10 d, warmup: 1 d, replications: 2, seed: 1}
                        stations:
                          - {id: make, process_time: 1 h, defects: 0.1,
                             failures: {mtbf: 20 h, mttr: 2 h, repair_crew: fitters}}
                          - id: sort
                            type: grading
                            process_time: 0.5 h
                            grades: [{name: A, share: 0.8}, {name: B, share: 0.2, price_per_kwh: 50 USD}]
                        """)).results();
        assertEquals(java.util.List.of("A", "B"), run.grades().stream().map(GradeResults::name).toList());
        assertEquals("80 USD/kWh", run.grades().get(0).price());
        assertEquals("50 USD/kWh", run.grades().get(1).price());
        assertEquals(1, run.grades().get(0).share().estimate().mean() + run.grades().get(1).share().estimate().mean(), 1e-9);
        assertEquals("Fitters", run.crews().get(0).name());
        assertEquals(1.5, run.crews().get(0).onDuty().estimate().mean(), 1e-6, "2 for 12 h, 1 for 12 h");
        Path file = dir.resolve("graded.json");
        Files.writeString(file, ResultsFiles.json(run));
        assertEquals(run, ((ResultsFiles.Run) ResultsFiles.read(file)).results());
    }

    @Test
    void undefinedValuesAreWrittenAsNullAndReadBackAsNaN() throws Exception {
        RunResults run = TestResults.line(dir);
        String json = ResultsFiles.json(run);
        assertFalse(json.contains("NaN"), "JSON has no NaN");
        assertTrue(Double.isNaN(run.station("aging").mean("busy")), "a delay stage has no machine-time shares");
        Path file = dir.resolve("results.json");
        Files.writeString(file, json);
        RunResults back = ((ResultsFiles.Run) ResultsFiles.read(file)).results();
        assertTrue(Double.isNaN(back.station("aging").mean("busy")));
        assertEquals(run, back);
    }

    @Test
    void comparisonsAndConversionsRoundTrip() throws Exception {
        ComparisonResults c = TestResults.comparison(dir);
        Path cf = dir.resolve("comparison.json");
        Files.writeString(cf, ResultsFiles.json(c));
        assertEquals(c, assertInstanceOf(ResultsFiles.Comparison.class, ResultsFiles.read(cf)).results());

        ConversionResults v = TestResults.conversion(dir);
        Path vf = dir.resolve("conversion.json");
        Files.writeString(vf, ResultsFiles.json(v));
        assertEquals(v, assertInstanceOf(ResultsFiles.Conversion.class, ResultsFiles.read(vf)).results());
        assertEquals(8, v.weeks());
        assertEquals(v.stayingLiquid().size(), v.draining().size());
    }

    @Test
    void otherFilesAreRefusedWithAPlainMessage() throws Exception {
        Path notJson = Files.writeString(dir.resolve("x.json"), "name: [");
        assertTrue(assertThrows(ResultsFiles.ResultsFileException.class, () -> ResultsFiles.read(notJson))
                .getMessage().contains("not a JSON file"));
        Path other = Files.writeString(dir.resolve("y.json"), "{\"a\": 1}");
        assertTrue(assertThrows(ResultsFiles.ResultsFileException.class, () -> ResultsFiles.read(other))
                .getMessage().contains("not a linesim results file"));
        Path old = Files.writeString(dir.resolve("z.json"), "{\"format\": 1}");
        assertTrue(assertThrows(ResultsFiles.ResultsFileException.class, () -> ResultsFiles.read(old))
                .getMessage().contains("run the scenario again"));
    }

    @Test
    void theDigestIgnoresOnlyTheEnvironment() throws Exception {
        RunResults run = TestResults.line(dir);
        Provenance p = run.provenance();
        RunResults later = run.withProvenance(new Provenance(p.linesimVersion(), p.javaVersion(), p.inputs(), p.overrides(),
                new Provenance.Environment("2099-01-01T00:00:00Z", "elsewhere", 64, "0".repeat(40)), null));
        assertEquals(ResultsFiles.digest(run), ResultsFiles.digest(later));
        assertEquals(run.provenance().digest(), ResultsFiles.digest(run), "the file carries its own digest");
        RunResults otherInput = run.withProvenance(new Provenance(p.linesimVersion(), p.javaVersion(), java.util.List.of(), p.overrides(),
                p.environment(), null));
        assertFalse(ResultsFiles.digest(run).equals(ResultsFiles.digest(otherInput)));
    }
}
