package dev.linesim.line;

import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import umontreal.ssj.probdist.BinomialDist;
import umontreal.ssj.probdist.HypergeometricDist;
import umontreal.ssj.rng.RandomStream;

/**
 * What a finished job's cells go through after scrap, by the station's kind and flow: defects made here, defective
 * cells caught (inspection, grading), defects repaired (a rework station returning cells), and the outlet each cell
 * takes (split shares, caught cells to rework, grades). A station that does none of this has no sorting.
 *
 * <p>Every draw is per cell, made as one binomial per job (sequential binomials for several outlets), from the
 * station's {@code defect} stream (defects made and caught) or {@code route} stream (outlets).
 */
final class Sorting {
    private final RandomStream defectStream;
    private final RandomStream routeStream;
    /** Share of sound cells given a defect here. */
    private final double defects;
    /** Share of defective cells caught here; 0 when the station inspects nothing. */
    private final double detection;
    private final boolean inspects;
    /** Caught cells go to outlet 1 (rework) instead of being scrapped here. */
    private final boolean caughtToOutlet;
    /** Cells passed here have their defects repaired (a station on a declared rework edge). */
    private final boolean repairs;
    /** Shares of the outlets cells are spread over (split or grades), or null. */
    private final double[] shares;
    /** A kind added outside linesim's own, whose rules may take cells out of the line; or null. */
    private final StationKind.Custom custom;

    private Sorting(StationSpec spec, RandomStream defectStream, RandomStream routeStream) {
        this.defectStream = defectStream;
        this.routeStream = routeStream;
        this.defects = spec.flow().defects();
        this.repairs = spec.flow().returnsTo().isPresent();
        double[] split = spec.flow().split().values().stream().mapToDouble(Double::doubleValue).toArray();
        this.custom = spec.kind() instanceof StationKind.Custom c ? c : null;
        if (spec.kind() instanceof StationKind.Inspection in) {
            detection = in.detection();
            inspects = true;
            caughtToOutlet = in.caughtTo().isPresent();
        } else if (spec.kind() instanceof StationKind.Grading g) {
            detection = g.detection();
            inspects = true;
            caughtToOutlet = false;
            split = g.grades().stream().mapToDouble(StationKind.Grade::share).toArray();
        } else {
            detection = 0;
            inspects = false;
            caughtToOutlet = false;
        }
        this.shares = split.length == 0 ? null : split;
    }

    /** The sorting of a station, or null when its jobs' cells all go one way unchanged. */
    static Sorting of(StationSpec spec, RandomStream defectStream, RandomStream routeStream) {
        boolean plainKind = spec.kind() instanceof StationKind.Process || spec.kind() instanceof StationKind.Delay
                || spec.kind() instanceof StationKind.Rack; // a custom kind has rules
        return plainKind && spec.flow().plain() ? null : new Sorting(spec, defectStream, routeStream);
    }

    /** How many outlets the sorted parts of a job go to, or 0 when the job goes one way. */
    int outlets() {
        return shares != null ? shares.length : caughtToOutlet ? 2 : 0;
    }

    /** Sorts what is left of a finished job at {@code station}: the lot to move on, with its parts when it splits. */
    Lot sort(Lot job, Station station) {
        if (repairs) {
            job = job.repaired();
        }
        if (defects > 0) {
            job = job.withDefects(binomial(defectStream, job.cells() - job.defective(), defects));
        }
        if (custom != null) {
            long removed = custom.removed(job.cells(), routeStream::nextDouble);
            if (removed < 0 || removed > job.cells()) {
                throw new IllegalStateException("station kind '" + custom.key() + "' removed " + removed + " of a job's "
                        + job.cells() + " cells");
            }
            if (removed > 0) {
                station.scrapSorted(job, removed);
                job = job.without(removed, hypergeometric(defectStream, job.defective(), job.cells(), removed));
            }
        }
        if (inspects) {
            long caught = binomial(defectStream, job.defective(), detection);
            station.inspected(job.defective(), caught);
            if (caughtToOutlet) {
                long passed = job.cells() - caught;
                return new Lot(job.cells(), job.entrySum(), job.defective(), new Lot[] {
                    passed > 0 ? job.part(passed, job.defective() - caught) : null,
                    caught > 0 ? job.part(caught, caught) : null});
            }
            if (caught > 0) {
                station.scrapSorted(job, caught);
                job = job.without(caught, caught);
            }
        }
        return shares == null ? job : spread(job);
    }

    /** Spreads a job's cells over the outlets by their shares, its defective cells at random among them. */
    private Lot spread(Lot job) {
        Lot[] parts = new Lot[shares.length];
        long cellsLeft = job.cells();
        long defectiveLeft = job.defective();
        double shareLeft = 1;
        for (int i = 0; i < shares.length && cellsLeft > 0; i++) {
            long n = i == shares.length - 1 || shares[i] >= shareLeft ? cellsLeft
                    : binomial(routeStream, cellsLeft, shares[i] / shareLeft);
            long d = hypergeometric(routeStream, defectiveLeft, cellsLeft, n);
            if (n > 0) {
                parts[i] = job.part(n, d);
            }
            cellsLeft -= n;
            defectiveLeft -= d;
            shareLeft -= shares[i];
        }
        return new Lot(job.cells(), job.entrySum(), job.defective(), parts);
    }

    /** Cells of {@code n} that have an event of probability {@code p}, one number of {@code stream} (none when certain). */
    static long binomial(RandomStream stream, long n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        double u = stream.nextDouble();
        return n == 1 ? (u < p ? 1 : 0) : BinomialDist.inverseF(Math.toIntExact(n), p, u);
    }

    /** Defective cells among {@code drawn} of {@code cells} cells, {@code defective} of them defective. */
    static long hypergeometric(RandomStream stream, long defective, long cells, long drawn) {
        if (defective == 0 || drawn == 0) {
            return 0;
        }
        if (drawn == cells) {
            return defective;
        }
        return HypergeometricDist.inverseF(Math.toIntExact(defective), Math.toIntExact(cells), Math.toIntExact(drawn),
                stream.nextDouble());
    }
}
