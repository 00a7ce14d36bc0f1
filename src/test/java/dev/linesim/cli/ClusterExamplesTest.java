package dev.linesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's cluster examples, run here as their schedulers would run them: every Slurm array task and every pod of
 * the Kubernetes Indexed Job with its index variable set, then the merge; the merged folder must be the unsharded run's.
 * linesim itself stands in for the launcher or the container's entry point. The runs are cut short (few replications,
 * a short horizon, no charts) by options added to each shard's command line, as a user may add them.
 */
class ClusterExamplesTest {
    private static final String PLAN = "scenarios/lfp-prismatic-semisolid-retrofit.yaml";
    private static final List<String> SHORT = List.of("--replications", "2", "--horizon", "21 d", "--warmup", "19 d",
            "--no-charts");

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    /** A stand-in for {@code ./linesim} and for the image's {@code linesim}: this build, on the test class path. */
    private Path linesim() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path script = dir.resolve("linesim");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Djava.awt.headless=true -cp '"
                + System.getProperty("java.class.path") + "' dev.linesim.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + "\n" + output);
        return output;
    }

    /** The run unsharded, once for all tests. */
    private static synchronized Path unsharded(Path linesim) throws IOException, InterruptedException {
        Path whole = shared.resolve("whole");
        if (Files.isDirectory(whole)) {
            return whole;
        }
        List<String> command = new ArrayList<>(List.of(linesim.toString(), "run", PLAN));
        command.addAll(SHORT);
        command.addAll(List.of("--out", whole.toString(), "-q"));
        exec(command, Map.of());
        return whole;
    }

    @Test
    void theSlurmJobArrayAndItsMergeGiveTheUnshardedRun() throws Exception {
        Path linesim = linesim();
        String script = Files.readString(Path.of("deploy/slurm/shard-array.sbatch"));
        Matcher array = Pattern.compile("(?m)^#SBATCH --array=(\\d+)-(\\d+)").matcher(script);
        assertTrue(array.find(), "the script declares its array");
        int min = Integer.parseInt(array.group(1));
        int max = Integer.parseInt(array.group(2));
        Path shards = dir.resolve("slurm-shards");
        Path results = dir.resolve("slurm-results");
        for (int task = min; task <= max; task++) {
            List<String> command = new ArrayList<>(List.of("bash", "deploy/slurm/shard-array.sbatch"));
            command.addAll(SHORT);
            exec(command, Map.of("LINESIM", linesim.toString(), "OUT", shards.toString(),
                    "SLURM_ARRAY_TASK_ID", Integer.toString(task), "SLURM_ARRAY_TASK_MIN", Integer.toString(min),
                    "SLURM_ARRAY_TASK_MAX", Integer.toString(max), "SLURM_ARRAY_TASK_COUNT", Integer.toString(max - min + 1),
                    "SLURM_CPUS_PER_TASK", "1"));
        }
        exec(List.of("bash", "deploy/slurm/merge.sbatch"), Map.of("LINESIM", linesim.toString(), "OUT", shards.toString(),
                "RESULTS", results.toString()));
        ShardTest.assertSameFiles(unsharded(linesim), results);
    }

    @Test
    void submittingQueuesTheMergeAfterEveryShard() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls");
        Path sbatch = bin.resolve("sbatch"); // records its arguments; answers a job id as 'sbatch --parsable' does
        Files.writeString(sbatch, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\necho '4242;cluster'\n");
        Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwxr-xr-x"));
        exec(List.of("bash", "deploy/slurm/submit.sh", "--replications", "40"),
                Map.of("PATH", bin + ":" + System.getenv("PATH")));
        List<String> lines = Files.readAllLines(calls);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("--parsable .*/shard-array.sbatch --replications 40"), lines.get(0));
        assertTrue(lines.get(1).matches("--dependency=afterok:4242 .*/merge.sbatch"), lines.get(1));
    }

    @Test
    void theKubernetesIndexedJobAndItsMergeGiveTheUnshardedRun() throws Exception {
        Path linesim = linesim();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> jobs = new HashMap<>();
        for (String file : List.of("deploy/kubernetes/linesim-shards.yaml", "deploy/kubernetes/linesim-merge.yaml")) {
            try (var docs = yaml.readerFor(JsonNode.class).readValues(Path.of(file).toFile())) {
                while (docs.hasNext()) {
                    JsonNode doc = (JsonNode) docs.next();
                    if (doc.path("kind").asText().equals("Job")) {
                        jobs.put(doc.at("/metadata/name").asText(), doc);
                    }
                }
            }
        }
        JsonNode shards = jobs.get("linesim-shards");
        assertEquals("Indexed", shards.at("/spec/completionMode").asText());
        int completions = shards.at("/spec/completions").asInt();
        Path volume = Files.createDirectories(dir.resolve("volume"));
        List<String> shard = command(shards, linesim, volume);
        assertEquals(Integer.toString(completions), shard.get(shard.indexOf("--shard") + 1), "one shard per completion index");
        for (int index = 0; index < completions; index++) {
            List<String> c = new ArrayList<>(shard);
            c.addAll(SHORT);
            exec(c, Map.of("JOB_COMPLETION_INDEX", Integer.toString(index)));
        }
        List<String> merge = command(jobs.get("linesim-merge"), linesim, volume);
        exec(merge, Map.of());
        ShardTest.assertSameFiles(unsharded(linesim), Path.of(merge.get(merge.indexOf("--out") + 1)));
    }

    /** The Job's container command and arguments, with this build for the image and a folder for the volume. */
    private static List<String> command(JsonNode job, Path linesim, Path volume) {
        JsonNode container = job.at("/spec/template/spec/containers/0");
        String mount = container.at("/volumeMounts/0/mountPath").asText();
        List<String> c = new ArrayList<>();
        container.path("command").forEach(n -> c.add(n.asText().equals("linesim") ? linesim.toString() : n.asText()));
        container.path("args").forEach(n -> c.add(n.asText().startsWith(mount + "/")
                ? volume.resolve(n.asText().substring(mount.length() + 1)).toString() : n.asText()));
        return c;
    }
}
