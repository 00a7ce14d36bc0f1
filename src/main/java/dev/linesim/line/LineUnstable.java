package dev.linesim.line;

/**
 * The line cannot keep up: work piles up without limit in front of a station. Carries the station to blame (the
 * one whose input grows) and a plain message with the rates that show it.
 */
public final class LineUnstable extends RuntimeException {
    private final String station;

    LineUnstable(String station, String message) {
        super(message);
        this.station = station;
    }

    public String station() {
        return station;
    }
}
