package dev.linesim.line;

/**
 * One station over the observed period of one replication. Shares are of machine-time and are NaN for
 * an unlimited delay stage, whose load is given by {@code occupancy}.
 *
 * @param id          station id
 * @param cellsIn     cells started
 * @param goodOut     cells passed on (jobs finished, less scrap)
 * @param scrapped    cells scrapped
 * @param yield       goodOut / (goodOut + scrapped), NaN when nothing finished
 * @param busy        share of time processing
 * @param blocked     share of time holding finished work the next station cannot take
 * @param starved     share of time up, scheduled and waiting for material
 * @param down        share of time broken down or in repair
 * @param idle        share of planned idle time (off-shift, maintenance)
 * @param utilisation busy share of scheduled time: busy / (1 - idle)
 * @param occupancy   mean number of units in process or waiting to leave
 * @param wipCells    mean cells held: in the input buffers, in process and blocked
 * @param waitingForCrew share of time broken down and waiting for a technician of its repair crew (part of down)
 * @param defectiveSeen defective cells that passed this station's inspection or grading (0 elsewhere)
 * @param caught        of those, cells it caught
 */
public record StationResult(String id, double cellsIn, double goodOut, double scrapped, double yield,
                            double busy, double blocked, double starved, double down, double idle,
                            double utilisation, double occupancy, double wipCells, double waitingForCrew,
                            double defectiveSeen, double caught) {
}
