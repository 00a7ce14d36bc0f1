package dev.linesim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where results go, how many threads simulate, and whether to print: shared by run, compare and convert. */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: under reports/).")
    Path out;
    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** The output directory: the option, else {@code reports/<name>}; refuses a path that is a file. */
    Path dir(String defaultName) {
        Path dir = out != null ? out : Path.of("reports", defaultName);
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new OutputException("output path " + dir + " exists and is not a directory", null);
        }
        return dir;
    }

    int threads() {
        return RunSettingsOptions.threads(threads);
    }
}
