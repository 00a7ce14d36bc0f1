package dev.linesim.cli;

import dev.linesim.report.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a command's result files together and atomically, then (unless quiet) prints the text and where the files are. */
final class ReportFiles {
    private final Path dir;
    private final Map<String, String> files = new LinkedHashMap<>();

    ReportFiles(Path dir) {
        this.dir = dir;
    }

    ReportFiles add(String name, String content) {
        files.put(name, content);
        return this;
    }

    /** Writes every file, or none (a failure leaves earlier results intact); throws an output error. */
    void write(PrintWriter out, String text, boolean quiet) {
        AtomicFiles atomic = new AtomicFiles();
        files.forEach((name, content) -> atomic.add(dir.resolve(name), content));
        try {
            atomic.commit();
        } catch (IOException e) {
            throw new OutputException("cannot write results to " + dir + ": " + e, e);
        }
        if (!quiet) {
            out.print(text);
            out.println();
            out.println("Results: " + String.join(", ", files.keySet().stream().map(n -> dir.resolve(n).toString()).toList()));
            out.flush();
        }
    }
}
