package dev.linesim.line;

import java.util.List;

/**
 * What one replication observed after the warm-up.
 *
 * @param replication       0-based index (the substream used)
 * @param events            events executed, warm-up included
 * @param goodCells         good cells leaving the end of line
 * @param cellsPerHour      goodCells per observed hour
 * @param overallYield      product of the main-path stations' yields (rolled throughput yield); on a line with split
 *                          outlets or rework, good cells / cells leaving the main path
 * @param wipCells          mean cells on the main path, from entry to exit or scrap
 * @param leadTimeHours     mean time from entry to exit of the good cells
 * @param sojournHours      mean time in the line of every cell leaving the main path, good or scrapped
 * @param departuresPerHour cells leaving the main path per hour, good or scrapped (Little's law: wip = departures x sojourn)
 * @param dailyGoodCells    good cells per observed day
 * @param horizonDailyGood  good cells per day of the whole horizon, warm-up included (day 1 starts at time 0)
 * @param horizonDailyWip   time-weighted mean cells on the main path per day of the whole horizon
 * @param binGood           good cells per {@link #BIN_HOURS} hours of the whole horizon, for finding the transient
 * @param binWip            mean cells on the main path per {@link #BIN_HOURS} hours of the whole horizon
 * @param weeklyGoodCells   good cells per week of a conversion timeline (empty outside one)
 * @param stations          per-station results in file order
 * @param crews             per-repair-crew results in file order (empty when the scenario has none)
 * @param gradeCells        good cells per grade of the end-of-line grading, in its order (empty without grading)
 * @param escapedDefects    defective cells among the good cells: made upstream and never caught
 */
public record ReplicationResult(int replication, long events, double goodCells, double cellsPerHour,
                                double overallYield, double wipCells, double leadTimeHours, double sojournHours,
                                double departuresPerHour, double[] dailyGoodCells, double[] horizonDailyGood,
                                double[] horizonDailyWip, double[] binGood, double[] binWip, double[] weeklyGoodCells,
                                List<StationResult> stations, List<CrewResult> crews,
                                double[] gradeCells, double escapedDefects) {
    /** Width of the bins of the series used to find the initial transient, hours. */
    public static final double BIN_HOURS = 4;
}
