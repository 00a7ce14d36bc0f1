package dev.linesim.cli;

import dev.linesim.report.AtomicFiles;
import dev.linesim.report.Outputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a command's files together and atomically, then (unless quiet) prints the text and where the files
 * are. Charts a previous run drew that this one did not (another format, or charts off) are removed, so a
 * folder never mixes charts of two runs.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes every file, or none (a failure leaves earlier results intact); throws an output error. */
    static void write(Path dir, Map<String, byte[]> files, PrintWriter out, String text, boolean quiet) {
        AtomicFiles atomic = new AtomicFiles();
        files.forEach((name, content) -> atomic.add(dir.resolve(name), content));
        try {
            atomic.commit();
            removeStaleDrawings(dir, files.keySet());
        } catch (IOException e) {
            throw new OutputException("cannot write results to " + dir + ": " + describe(e), e);
        }
        if (!quiet) {
            if (!text.isEmpty()) {
                out.print(text);
                out.println();
            }
            List<String> results = files.keySet().stream().filter(n -> !n.startsWith(Outputs.CHARTS + "/")
                    && !n.equals(Outputs.REPORT)).toList();
            long charts = files.keySet().stream().filter(n -> n.startsWith(Outputs.CHARTS + "/")).count();
            if (!results.isEmpty()) {
                out.println("Results: " + dir.resolve(results.get(0)) + (results.size() > 1
                        ? ", " + String.join(", ", results.subList(1, results.size())) : ""));
            }
            if (files.containsKey(Outputs.REPORT)) {
                out.println("Report:  " + dir.resolve(Outputs.REPORT) + "; charts in " + dir.resolve(Outputs.CHARTS)
                        + "/ (" + charts + " files)");
            }
            out.flush();
        }
    }

    /** An I/O failure in words, without Java class names. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            String why = fs.getReason() != null ? fs.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : e instanceof java.nio.file.NotDirectoryException ? "not a directory"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "directory not empty" : "file system error";
            return why + (fs.getFile() != null ? " (" + fs.getFile() + ")" : "");
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }

    private static void removeStaleDrawings(Path dir, Set<String> written) throws IOException {
        Path charts = dir.resolve(Outputs.CHARTS);
        if (Files.isDirectory(charts)) {
            try (Stream<Path> list = Files.list(charts)) {
                for (Path p : list.toList()) {
                    String name = Outputs.CHARTS + "/" + p.getFileName();
                    boolean drawn = Outputs.drawnFileSuffixes().stream().anyMatch(s -> p.getFileName().toString().endsWith(s));
                    if (drawn && Files.isRegularFile(p) && !written.contains(name)) {
                        Files.delete(p);
                    }
                }
            }
        }
        if (!written.contains(Outputs.REPORT)) {
            Files.deleteIfExists(dir.resolve(Outputs.REPORT));
        }
    }
}
