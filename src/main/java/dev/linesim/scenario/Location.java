package dev.linesim.scenario;

/** A 1-based line and column in a source file; {@link #UNKNOWN} when no position applies. */
public record Location(int line, int column) {
    public static final Location UNKNOWN = new Location(0, 0);
}
