package dev.linesim.scenario.retrofit;

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
 * @param planningYears    years of cash flows from the planning date
 * @param payments         when the retrofit's capex is paid, shares summing to 1
 */
public record Conversion(double horizon, double warmup, int replications, double cutoverStart, double cutoverDuration,
                         List<Outage> outages, Set<String> rampStations, Optional<Ramp> scrapRamp,
                         Optional<Ramp> timeRamp, int planningYears, List<Payment> payments) {
    public Conversion {
        outages = List.copyOf(outages);
        payments = List.copyOf(payments);
    }

    /** The default schedule: 30 % deposit at the planning date, 60 % on delivery at cutover, 10 % on acceptance at restart. */
    public static List<Payment> defaultPayments(double cutoverStart, double restart) {
        return List.of(new Payment("deposit", 0.3, 0), new Payment("delivery", 0.6, cutoverStart),
                new Payment("acceptance", 0.1, restart));
    }

    /** A share of the retrofit's capex paid {@code at} hours from the planning date. */
    public record Payment(String label, double share, double at) {
    }

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
