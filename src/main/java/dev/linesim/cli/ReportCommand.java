package dev.linesim.cli;

import dev.linesim.report.Outputs;
import dev.linesim.results.ResultsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim report PATH}: redraws the charts and report.pdf from a results file alone, without simulating. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Redraw every chart and report.pdf from a results file (results.json, comparison.json or"
                + " conversion.json) or the folder holding one, without simulating and without the scenario files.",
                "Writes charts/ and report.pdf beside the results file (or to --out)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "PATH", description = "A results file, or the folder that holds one.")
    Path path;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: the results file's folder).")
    Path out;
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;
    @Mixin
    ChartOptionsMixin.Formats formats;

    @Override
    public Integer call() {
        var drawing = formats.options(true);
        Path file = resultsFile(path);
        Object results;
        try {
            results = ResultsFiles.read(file).results();
        } catch (ResultsFiles.ResultsFileException e) {
            throw new UsageException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (out != null && out.toString().isBlank()) {
            throw new UsageException("--out: expected a directory, was an empty path");
        }
        Path dir = out != null ? out : file.getParent() != null ? file.getParent() : Path.of("");
        OutputFolders.check(dir);
        Map<String, byte[]> files = Outputs.drawings(results, drawing);
        ReportFiles.write(dir, files, spec.commandLine().getOut(), "", quiet);
        return ExitCode.OK.code;
    }

    /** The results file at {@code path}, or the one in the folder {@code path}. */
    private static Path resultsFile(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<Path> found = List.of(ResultsFiles.RUN, ResultsFiles.COMPARISON, ResultsFiles.CONVERSION, ResultsFiles.SWEEP,
                ResultsFiles.SENSITIVITY, ResultsFiles.MONTE_CARLO, ResultsFiles.SIZING).stream()
                .map(path::resolve).filter(Files::isRegularFile).toList();
        if (found.isEmpty()) {
            throw new UsageException(path + " holds no results.json, comparison.json, conversion.json, sweep.json, sensitivity.json,"
                    + " montecarlo.json or size.json");
        }
        if (found.size() > 1) {
            throw new UsageException(path + " holds several results files (" + String.join(", ",
                    found.stream().map(p -> p.getFileName().toString()).toList()) + "); name one");
        }
        return found.get(0);
    }
}
