package dev.linesim.line;

/**
 * Material moving between stations.
 *
 * @param cells    cell-equivalents it holds
 * @param entrySum sum over its cells of the time (h) each entered the line, so lead times survive splitting and merging
 */
record Lot(long cells, double entrySum) {

    /** Mean entry time of its cells, in hours. */
    double meanEntry() {
        return cells == 0 ? 0 : entrySum / cells;
    }

    /** This lot less {@code k} cells, which take their share of the entry-time sum with them. */
    Lot without(long k) {
        if (k == 0) {
            return this; // most jobs lose nothing
        }
        return new Lot(cells - k, entrySum - k * meanEntry());
    }
}
