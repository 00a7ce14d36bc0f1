package dev.linesim.scenario;

/**
 * A 1-based line and column in a source file; {@link #UNKNOWN} when no position applies.
 * {@code file} names the file when it differs from the document's (a resolved plan mixes files), else null.
 */
public record Location(int line, int column, String file) {
    public static final Location UNKNOWN = new Location(0, 0);

    public Location(int line, int column) {
        this(line, column, null);
    }

    public Location in(String otherFile) {
        return new Location(line, column, otherFile);
    }
}
