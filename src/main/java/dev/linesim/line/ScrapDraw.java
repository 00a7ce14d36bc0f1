package dev.linesim.line;

import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.probdist.BinomialDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A station's scrap draws: each cell of a job is scrapped with the same probability, drawn as one binomial per job
 * (inversion, one number of the station's scrap stream), so a job of any size uses one number. At the station's own
 * share the binomial inverse comes from a table per job size ({@link BinomialInverse}, the same answers as SSJ's);
 * at a ramp's passing share, from SSJ directly.
 */
final class ScrapDraw {
    private final RandomStream stream;
    private final double share;
    private final Map<Long, BinomialInverse> tables = new HashMap<>();
    private BinomialInverse last;
    private long lastCells = -1;

    /** @param share the station's scrap probability per cell, outside a ramp */
    ScrapDraw(RandomStream stream, double share) {
        this.stream = stream;
        this.share = share;
    }

    /** Cells scrapped from a job of {@code cells} cells when each is scrapped with probability {@code p}. */
    long of(long cells, double p) {
        if (p == 0) {
            return 0;
        }
        double u = stream.nextDouble();
        if (cells == 1) {
            return u < p ? 1 : 0;
        }
        if (p != share) {
            return BinomialDist.inverseF((int) cells, p, u);
        }
        if (cells != lastCells) {
            last = tables.computeIfAbsent(cells, c -> new BinomialInverse((int) (long) c, share));
            lastCells = cells;
        }
        return last.inverse(u);
    }
}
