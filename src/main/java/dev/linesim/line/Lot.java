package dev.linesim.line;

/**
 * Material moving between stations.
 *
 * @param cells     cell-equivalents it holds
 * @param entrySum  sum over its cells of the time (h) each entered the line, so lead times survive splitting and merging
 * @param defective how many of its cells carry a hidden defect (made upstream, not yet caught)
 * @param parts     a finished job's output sorted by outlet (a part per outlet, null where none goes, set to null
 *                  once placed), or null when all of it goes one way
 */
record Lot(long cells, double entrySum, long defective, Lot[] parts) {

    /** A lot with no defects, going one way. */
    Lot(long cells, double entrySum) {
        this(cells, entrySum, 0, null);
    }

    /** Mean entry time of its cells, in hours. */
    double meanEntry() {
        return cells == 0 ? 0 : entrySum / cells;
    }

    /** This lot less {@code k} cells, {@code defectiveK} of them defective; they take their share of the entry-time sum. */
    Lot without(long k, long defectiveK) {
        if (k == 0) {
            return this; // most jobs lose nothing
        }
        return new Lot(cells - k, entrySum - k * meanEntry(), defective - defectiveK, null);
    }

    /** {@code k} of this lot's cells, {@code defectiveK} of them defective, with their share of the entry-time sum. */
    Lot part(long k, long defectiveK) {
        return new Lot(k, k * meanEntry(), defectiveK, null);
    }

    /** This lot with its defects repaired. */
    Lot repaired() {
        return defective == 0 ? this : new Lot(cells, entrySum, 0, parts);
    }

    /** This lot with {@code k} more of its cells defective. */
    Lot withDefects(long k) {
        return k == 0 ? this : new Lot(cells, entrySum, defective + k, parts);
    }
}
