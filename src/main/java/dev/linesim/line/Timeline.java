package dev.linesim.line;

import dev.linesim.scenario.retrofit.Ramp;
import dev.linesim.time.Hours;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changes during one run of a conversion timeline, in simulated hours of that run.
 *
 * @param origin     simulated time of the timeline's hour 0 (the warm-up before it is not counted)
 * @param startsAt   timeline hour at which this run's simulated time 0 lies, less the warm-up
 *                   (0 for a line running from the planning date; the restart for the converted line)
 * @param feedStop   simulated time at which stations fed from raw material stop for good (the line drains), or +infinity
 * @param outages    stations stopped for installation, in simulated time
 * @param ramps      ramp-up of each ramping station
 * @param weeks      weeks of the timeline to count output in
 */
public record Timeline(double origin, double startsAt, double feedStop, List<Outage> outages,
                       Map<String, StationRamp> ramps, int weeks) {

    /** A station stopped from {@code start} for {@code duration} simulated hours. */
    public record Outage(String station, double start, double duration) {
    }

    /**
     * How a station's scrap and process time move after its restart.
     *
     * @param restart     simulated time of the restart
     * @param scrap       scrap after restart (target: the station's scrap)
     * @param processTime process-time multiplier after restart (target: 1)
     */
    public record StationRamp(double restart, Optional<Ramp> scrap, Optional<Ramp> processTime) {
        double scrapAt(double time, double target) {
            return scrap.map(r -> r.at(time - restart, target)).orElse(target);
        }

        double timeFactorAt(double time) {
            return processTime.map(r -> r.at(time - restart, 1.0)).orElse(1.0);
        }
    }

    /** Timeline week of a simulated time, or -1 before the timeline starts. */
    int week(double simTime) {
        double hour = simTime - origin + startsAt;
        return hour < 0 ? -1 : (int) (hour / Hours.PER_WEEK);
    }
}
