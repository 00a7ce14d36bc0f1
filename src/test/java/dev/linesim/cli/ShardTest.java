package dev.linesim.cli;

import static dev.linesim.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.experiment.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharded runs: the shards merged give the unsharded result byte for byte; merge refuses sets that do not belong together. */
class ShardTest {
    private static final String LINE = """
            name: tiny
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 150 h, warmup: 20 h, replications: 5, seed: 5}
            economics: {price_per_kwh: 80 USD}
            stations:
              - id: feed
                process_time: {dist: exponential, mean: 1 h}
              - id: press
                process_time: {dist: exponential, mean: 40 min}
                scrap: 0.05
            uncertain:
              draws: 3
              replications: 2
              inputs:
                stations.press.scrap: {dist: uniform, min: 0.02, max: 0.08}
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void sameClock() {
        System.setProperty("SOURCE_DATE_EPOCH", "1700000000"); // results say when they were made: one time for all runs
    }

    private Path line() throws IOException {
        Path p = dir.resolve("tiny.yaml");
        Files.writeString(p, LINE);
        return p;
    }

    /** Runs the command whole and in {@code n} shards, merges, and checks the two output folders are the same bytes. */
    private void shardedEqualsWhole(int n, String... command) throws IOException {
        List<String> whole = new ArrayList<>(List.of(command));
        whole.addAll(List.of("--out", dir.resolve("whole").toString(), "-q")); // threads as the merge: all cores
        CliTest.Result w = cli(whole.toArray(String[]::new));
        assertEquals(0, w.code(), w.err());
        for (int i = 0; i < n; i++) {
            List<String> shard = new ArrayList<>(List.of(command));
            shard.addAll(List.of("--shard", i + "/" + n, "--out", dir.resolve("shards").toString(), "--threads", "1"));
            CliTest.Result s = cli(shard.toArray(String[]::new));
            assertEquals(0, s.code(), s.err());
            assertTrue(s.out().contains("shard-" + i + "-of-" + n + ".json"), s.out());
        }
        CliTest.Result m = cli("merge", dir.resolve("shards").toString(), "--out", dir.resolve("merged").toString(), "-q");
        assertEquals(0, m.code(), m.err());
        assertSameFiles(dir.resolve("whole"), dir.resolve("merged"));
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        List<Path> files = relative(a);
        assertEquals(files, relative(b), "the same files");
        assertTrue(files.size() >= 2, files.toString());
        for (Path f : files) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f))),
                    f + " differs");
        }
    }

    private static List<Path> relative(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void aShardedRunMergedIsTheRunByteForByte() throws IOException {
        shardedEqualsWhole(3, "run", line().toString());
    }

    @Test
    void aShardedComparisonMergedIsTheComparison() throws IOException {
        Path other = dir.resolve("faster.yaml");
        Files.writeString(other, LINE.replace("name: tiny", "name: faster").replace("mean: 40 min", "mean: 30 min"));
        shardedEqualsWhole(4, "compare", line().toString(), other.toString());
    }

    @Test
    void aComparisonSimulatingItsLinesSideBySideWritesWhatOneThreadWrites() throws IOException {
        Path other = dir.resolve("faster.yaml");
        Files.writeString(other, LINE.replace("name: tiny", "name: faster").replace("mean: 40 min", "mean: 30 min"));
        sameFilesOnOneAndThreeThreads("compare", line().toString(), other.toString());
    }

    @Test
    void aPlanRunSimulatingItsBaseLineAlongsideWritesWhatOneThreadWrites() throws IOException {
        dev.linesim.TestResults.write(dir);
        sameFilesOnOneAndThreeThreads("run", dir.resolve("small-semisolid.yaml").toString(), "--replications", "3");
    }

    /** Runs the command on 1 and on 3 threads (where a plan's or a comparison's lines run side by side): same files. */
    private void sameFilesOnOneAndThreeThreads(String... command) throws IOException {
        for (String threads : List.of("1", "3")) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--threads", threads, "--out", dir.resolve("threads-" + threads).toString(), "-q"));
            CliTest.Result r = cli(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
        }
        List<Path> files = relative(dir.resolve("threads-1"));
        assertEquals(files, relative(dir.resolve("threads-3")));
        for (Path f : files) { // the provenance says how many threads ran; nothing else may differ
            assertEquals(Files.readString(dir.resolve("threads-1").resolve(f), StandardCharsets.ISO_8859_1),
                    Files.readString(dir.resolve("threads-3").resolve(f), StandardCharsets.ISO_8859_1).replace("\"threads\" : 3", "\"threads\" : 1"),
                    f.toString());
        }
    }

    @Test
    void aShardedSweepMergedIsTheSweep() throws IOException {
        shardedEqualsWhole(2, "sweep", line().toString(), "--set", "stations.press.scrap=0.02,0.1", "--no-charts");
    }

    @Test
    void aShardedSensitivityMergedIsTheSensitivity() throws IOException {
        shardedEqualsWhole(3, "sensitivity", line().toString(), "--set", "stations.press.scrap=0.02,0.1",
                "--set", "stations.press.machines=1,2", "--no-charts");
    }

    @Test
    void aShardRecordsEachOptionOnceWithAllItsValues() {
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        picocli.CommandLine cl = Main.commandLine(none, none);
        picocli.CommandLine.ParseResult parsed = cl.parseArgs("sweep", "line.yaml", "--set", "a=1,2", "--threads", "2",
                "--set", "b=3,4", "--no-charts");
        assertEquals(List.of("--set", "a=1,2", "--set", "b=3,4", "--no-charts", "line.yaml"), ShardOptions.arguments(parsed));
    }

    @Test
    void aShardedMonteCarloMergedIsTheMonteCarlo() throws IOException {
        shardedEqualsWhole(2, "montecarlo", line().toString(), "--kpi", "good_cells_per_h");
    }

    @Test
    void aShardedConversionMergedIsTheConversion() throws IOException {
        dev.linesim.TestResults.write(dir);
        shardedEqualsWhole(4, "convert", dir.resolve("small-semisolid.yaml").toString(), "--no-charts");
    }

    @Test
    void aShardedTimelineMonteCarloMergedIsTheMonteCarlo() throws IOException {
        Path plan = dev.linesim.TestResults.writeWithUncertainRamp(dir);
        shardedEqualsWhole(3, "montecarlo", plan.toString(), "--timeline", "--kpi", "npv_millions", "--no-charts");
    }

    @Test
    void shardsAreWholeAndAlike() throws IOException {
        Path file = line();
        Path a = dir.resolve("a");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, cli("run", file.toString(), "--shard", i + "/3", "--out", a.toString(), "-q").code());
        }
        Files.delete(a.resolve("shard-1-of-3.json"));
        CliTest.Result missing = cli("merge", a.toString());
        assertEquals(ExitCode.SHARDS_MISMATCH.code, missing.code());
        assertTrue(missing.err().contains("shard 1/3 is missing: run it with --shard before merging"), missing.err());
        assertTrue(missing.err().contains("nothing was written"), missing.err());

        Path b = dir.resolve("b");
        assertEquals(0, cli("run", file.toString(), "--shard", "1/3", "--seed", "6", "--out", b.toString(), "-q").code());
        assertEquals(0, cli("run", file.toString(), "--shard", "2/3", "--out", b.toString(), "-q").code());
        CliTest.Result mixed = cli("merge", a.toString(), b.toString());
        assertEquals(ExitCode.SHARDS_MISMATCH.code, mixed.code());
        assertTrue(mixed.err().contains("ran with different seeds: '5' in"), mixed.err());
        assertTrue(mixed.err().contains("'6' in " + b.resolve("shard-1-of-3.json")), mixed.err());

        CliTest.Result twice = cli("merge", a.toString(), b.resolve("shard-2-of-3.json").toString());
        assertTrue(twice.err().contains("shard 2/3 is given 2 times: "), twice.err());
        assertTrue(twice.err().contains("shard 1/3 is missing"), twice.err());

        Path c = dir.resolve("c");
        assertEquals(0, cli("run", file.toString(), "--shard", "1/3", "--out", c.toString(), "-q").code());
        Files.writeString(file, LINE.replace("scrap: 0.05", "scrap: 0.06"));
        CliTest.Result changed = cli("merge", a.toString(), c.toString(), "--out", dir.resolve("never").toString());
        assertEquals(ExitCode.SHARDS_MISMATCH.code, changed.code());
        assertTrue(changed.err().contains(file + " has changed since the shards ran"), changed.err());
        assertTrue(Files.notExists(dir.resolve("never")), "nothing written");

        Path old = c.resolve("shard-1-of-3.json");
        Files.writeString(old, Files.readString(old).replaceFirst("\"linesim_version\" *: *\"[^\"]*\"", "\"linesim_version\":\"0.0.1\""));
        CliTest.Result version = cli("merge", a.toString(), c.toString());
        assertTrue(version.err().contains("were written by different linesim versions: "), version.err());
        assertTrue(version.err().contains("'0.0.1' in " + old), version.err());
    }

    @Test
    void aStudyThatSizesItselfFromItsResultsCannotBeSharded() throws IOException {
        CliTest.Result r = cli("run", line().toString(), "--warmup", "auto", "--shard", "0/2", "--out", dir.resolve("x").toString());
        assertEquals(ExitCode.USAGE.code, r.code());
        assertTrue(r.err().contains("'warmup: auto'"), r.err());
    }

    @Test
    void theShardIndexComesFromTheSchedulerWhenOnlyTheCountIsGiven() {
        assertEquals(new Shard(2, 4), ShardOptions.parse("2/4", Map.of()));
        assertEquals(new Shard(3, 4), ShardOptions.parse("4", Map.of("JOB_COMPLETION_INDEX", "3")));
        assertEquals(new Shard(0, 4), ShardOptions.parse("4", Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "1")));
        assertEquals(new Shard(1, 4), ShardOptions.parse("4", Map.of("SLURM_ARRAY_TASK_ID", "1")));
        UsageException none = assertThrows(UsageException.class, () -> ShardOptions.parse("4", Map.of()));
        assertTrue(none.getMessage().contains("JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID"), none.getMessage());
        assertEquals("--shard 4/4: shard 4/4 does not exist: the shards of 4 are numbered from 0 to 3",
                assertThrows(UsageException.class, () -> ShardOptions.parse("4/4", Map.of())).getMessage());
        assertEquals("--shard 0/0: the number of shards must be at least 1, not 0",
                assertThrows(UsageException.class, () -> ShardOptions.parse("0/0", Map.of())).getMessage());
        // a job array of 1..4 seen without SLURM_ARRAY_TASK_MIN gives index 4 to its last task
        assertEquals("--shard 4: the index from the scheduler (SLURM_ARRAY_TASK_ID=4) is 4, but the shards of 4 are"
                + " numbered from 0 to 3: submit the job array as --array=0-3",
                assertThrows(UsageException.class, () -> ShardOptions.parse("4", Map.of("SLURM_ARRAY_TASK_ID", "4")))
                        .getMessage());
        assertThrows(UsageException.class, () -> ShardOptions.parse("a/b", Map.of()));
    }
}
