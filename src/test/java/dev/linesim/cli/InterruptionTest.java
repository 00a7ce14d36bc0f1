package dev.linesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM, sent to a real linesim process once its first replication has finished: it stops at once, with
 * 130 or 143 and one line, and the results already in its output folder are as they were, with no file left behind.
 */
@DisabledOnOs(OS.WINDOWS)
class InterruptionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalStopsTheRunAndLeavesEarlierResultsAsTheyWere(String signal, int code) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("results.json"), "earlier results");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "dev.linesim.cli.Main", "run", "scenarios/lfp-prismatic-liquid.yaml", "-r", "60", "--horizon", "60 d",
                "-t", "1", "-v", "--progress", "never", "-o", out.toString(), "--force").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String first = err.readLine(); // the first replication is done: the handlers are in place
        assertTrue(first != null && first.startsWith("replication 1/60 done"), String.valueOf(first));
        new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped promptly");
        StringBuilder rest = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            rest.append(line).append('\n');
        }
        assertEquals(code, p.exitValue(), rest.toString());
        assertTrue(rest.toString().contains("linesim: stopped by SIG" + signal + " before writing anything"), rest.toString());
        assertEquals("earlier results", Files.readString(out.resolve("results.json")));
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("results.json")), files.toList(), "no temporary file is left behind");
        }
    }
}
