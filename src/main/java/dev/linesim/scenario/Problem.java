package dev.linesim.scenario;

import java.util.Comparator;

/**
 * One problem in a scenario file, located like a compiler diagnostic.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     key path inside the document, e.g. {@code stations.winding.machines}: a list item is named by its id
 *                 where it has a unique one, else by its index ({@code stations[2]}); empty for the whole file
 * @param severity error or warning
 * @param message  what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String path, Severity severity, String message) {

    /** How serious a problem is: errors stop the run, warnings do not. */
    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Orders problems by file, then position, then path, so output is stable. */
    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::path).thenComparing(Problem::message);

    public static Problem error(String file, Location at, String path, String message) {
        return new Problem(at.file() != null ? at.file() : file, at.line(), at.column(), path, Severity.ERROR, message);
    }

    public static Problem warning(String file, Location at, String path, String message) {
        return new Problem(at.file() != null ? at.file() : file, at.line(), at.column(), path, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats as {@code file:line:col: error: path: message}, the form editors and CI logs recognise. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(severity.label()).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
