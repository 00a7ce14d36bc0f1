package dev.linesim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How cells enter and leave a station, besides from its inputs and to its one downstream station: defects it makes, a
 * random split of its output over several stations, a declared rework edge back to an earlier station, or inputs that
 * merge instead of being assembled.
 *
 * @param defects   share of the cells passing here that get a hidden defect, in [0, 1): they flow on unseen until an
 *                  inspection or grading station catches them
 * @param split     share of the cells sent to each downstream station (ids in the order written, shares summing to 1),
 *                  drawn cell by cell from the station's own stream; empty: one downstream station
 * @param returnsTo a declared rework edge: every cell passed here goes back into this earlier station's input
 *                  buffer, its defect repaired; empty: cells flow downstream
 * @param merge     with several inputs: each job takes cells from the input holding the oldest (branches of one flow
 *                  joining again) instead of one set from every input (assembly)
 */
public record Flow(double defects, Map<String, Double> split, Optional<String> returnsTo, boolean merge) {
    /** No defects made, one downstream station. */
    public static final Flow PLAIN = new Flow(0, Map.of(), Optional.empty(), false);

    public Flow {
        split = Collections.unmodifiableMap(new LinkedHashMap<>(split));
    }

    /** Whether the cells of a job all go one way, unchanged. */
    public boolean plain() {
        return defects == 0 && split.isEmpty() && returnsTo.isEmpty();
    }
}
