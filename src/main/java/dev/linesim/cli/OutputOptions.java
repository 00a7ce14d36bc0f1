package dev.linesim.cli;

import dev.linesim.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where results go, how many threads simulate, and whether to print: shared by run, compare and convert. */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: under reports/).")
    Path out;
    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;
    @Option(names = "--progress", paramLabel = "WHEN", description = ProgressDisplay.OPTION_HELP)
    ProgressDisplay.Mode progress = ProgressDisplay.Mode.AUTO;

    /**
     * The output directory: the option, else {@code reports/<name>}. Checked before anything is simulated: it must
     * be a writable directory, or not exist yet under a writable one; an empty path is refused.
     */
    Path dir(String defaultName) {
        if (out != null && out.toString().isBlank()) {
            throw new UsageException("--out: expected a directory, was an empty path");
        }
        Path dir = out != null ? out : Path.of("reports", defaultName);
        OutputFolders.check(dir);
        return dir;
    }

    /**
     * Shows the progress of the command's simulations on its standard error until closed, as {@code --progress} and
     * {@code -q} say; {@code simulations} are what it will simulate, as far as known in advance.
     */
    ProgressDisplay showProgress(CommandSpec spec, String task, List<Scenario> simulations) {
        return ProgressDisplay.show(spec.commandLine().getErr(), progress, quiet, task, simulations);
    }

    int threads() {
        return RunSettingsOptions.threads(threads);
    }
}
