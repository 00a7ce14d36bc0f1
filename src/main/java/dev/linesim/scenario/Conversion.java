package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conversion over time, in hours from the planning date. The liquid line runs (warm) until
 * {@code cutoverStart}, then stops feeding and drains; the converted line starts empty at
 * {@code cutoverStart + cutoverDuration} and ramps up. Outages stop stations of whichever line runs then.
 *
 * @param horizon          length of the timeline, h
 * @param warmup           warm-up of the running liquid line before the planning date, h
 * @param replications     replications of the timeline
 * @param cutoverStart     when the liquid line stops feeding, h
 * @param cutoverDuration  installation time with the line stopped, h
 * @param outages          station-by-station installation windows
 * @param rampStations     stations that ramp up (empty = all stations of the converted line)
 * @param scrapRamp        scrap after restart (target: each station's scrap)
 * @param timeRamp         process-time multiplier after restart (target: 1)
 */
public record Conversion(double horizon, double warmup, int replications, double cutoverStart, double cutoverDuration,
                         List<Outage> outages, Set<String> rampStations, Optional<Ramp> scrapRamp,
                         Optional<Ramp> timeRamp) {

    public double restart() {
        return cutoverStart + cutoverDuration;
    }

    /** Stations stopped from {@code start} for {@code duration} hours. */
    public record Outage(List<String> stations, double start, double duration) {
        public double end() {
            return start + duration;
        }
    }
}
