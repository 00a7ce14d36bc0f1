package dev.linesim.scenario.retrofit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.YamlDocument;
import dev.linesim.time.Hours;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a plan's {@code conversion} section and checks it against the horizon and the two lines:
 * an outage before the cutover must name a station of the liquid line, one after the restart a station
 * of the converted line, and nothing may fall outside the horizon.
 */
final class ConversionBinder {
    static final int DEFAULT_REPLICATIONS = 5;
    private final YamlDocument plan;
    private final List<Problem> problems;

    ConversionBinder(YamlDocument plan, List<Problem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    Optional<Conversion> bind(Scenario base, StationEdits converted, double defaultWarmup) {
        JsonNode c = plan.root().get("conversion");
        if (c == null) {
            return Optional.empty();
        }
        double horizon = hours("/conversion/horizon");
        double warmup = c.has("warmup") ? hours("/conversion/warmup") : defaultWarmup;
        double start = hours("/conversion/cutover/start");
        double duration = hours("/conversion/cutover/duration");
        if (start + duration >= horizon) {
            error("/conversion/cutover", "the cutover ends at " + Quantities.formatHours(start + duration)
                    + ", not before the horizon " + Quantities.formatHours(horizon) + " (expected the converted line to run within the timeline)");
        }
        List<Conversion.Outage> outages = new ArrayList<>();
        JsonNode list = c.path("outages");
        for (int i = 0; i < list.size(); i++) {
            String at = "/conversion/outages/" + i;
            double s = hours(at + "/start");
            double d = hours(at + "/duration");
            List<String> ids = new ArrayList<>();
            list.get(i).path("stations").forEach(n -> ids.add(n.asText()));
            if (s + d > horizon) {
                error(at, "the outage ends at " + Quantities.formatHours(s + d) + ", after the horizon " + Quantities.formatHours(horizon)
                        + " (expected it within the timeline)");
            } else if (s < start + duration && s + d > start) {
                error(at, "the outage overlaps the cutover (" + Quantities.formatHours(start) + " to "
                        + Quantities.formatHours(start + duration) + "), when the whole line is stopped anyway");
            }
            boolean before = s < start;
            for (int k = 0; k < ids.size(); k++) {
                String id = ids.get(k);
                boolean exists = before ? base.station(id).isPresent() : converted.find(id).isPresent();
                if (!exists) {
                    error(at + "/stations/" + k, "unknown station '" + id + "' in the " + (before ? "liquid" : "converted")
                            + " line that runs at " + Quantities.formatHours(s) + " (expected a station of that line)");
                }
            }
            outages.add(new Conversion.Outage(ids, s, d));
        }
        JsonNode ramp = c.path("ramp_up");
        Set<String> rampStations = new LinkedHashSet<>();
        JsonNode named = ramp.path("stations");
        for (int k = 0; k < named.size(); k++) {
            String id = named.get(k).asText();
            if (converted.find(id).isEmpty()) {
                error("/conversion/ramp_up/stations/" + k, "unknown station '" + id + "' (expected a station of the converted line)");
            }
            rampStations.add(id);
        }
        double span = horizon - start - duration;
        Optional<Ramp> scrap = ramp(ramp, "scrap", span, true);
        Optional<Ramp> time = ramp(ramp, "process_time", span, false);
        int replications = c.path("replications").asInt(DEFAULT_REPLICATIONS);
        int years = c.path("planning_years").asInt(base.economics().equipmentLife());
        if (years * Hours.PER_YEAR < horizon) {
            error("/conversion/planning_years", "the cash flows end at " + years + " years, before the timeline's horizon "
                    + Quantities.formatHours(horizon) + " (expected planning_years covering the timeline)");
        }
        return Optional.of(new Conversion(horizon, warmup, replications, start, duration, outages, rampStations, scrap, time,
                years, payments(c, start, start + duration)));
    }

    private List<Conversion.Payment> payments(JsonNode c, double cutoverStart, double restart) {
        if (!c.has("payments")) {
            return Conversion.defaultPayments(cutoverStart, restart);
        }
        List<Conversion.Payment> list = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < c.get("payments").size(); i++) {
            JsonNode p = c.get("payments").get(i);
            double at = hours("/conversion/payments/" + i + "/at");
            list.add(new Conversion.Payment(p.path("label").asText("payment " + (i + 1)), p.path("share").asDouble(), at));
            total += p.path("share").asDouble();
        }
        if (Math.abs(total - 1) > 1e-9) {
            error("/conversion/payments", String.format(java.util.Locale.ROOT, "the shares add up to %.4g (expected them to"
                    + " add up to 1: the whole retrofit capex is paid)", total));
        }
        return list;
    }

    private Optional<Ramp> ramp(JsonNode ramp, String key, double span, boolean fraction) {
        JsonNode r = ramp.get(key);
        if (r == null) {
            return Optional.empty();
        }
        String at = "/conversion/ramp_up/" + key;
        if (r.has("table") == (r.has("start") || r.has("tau"))) {
            error(at, "give either start and tau, or a table (expected one form)");
            return Optional.empty();
        }
        if (r.has("table")) {
            List<double[]> points = new ArrayList<>();
            double last = -1;
            for (int i = 0; i < r.get("table").size(); i++) {
                double t = hours(at + "/table/" + i + "/0");
                double v = r.get("table").get(i).get(1).asDouble();
                if (t <= last) {
                    error(at + "/table/" + i, "times must increase (expected later than " + Quantities.formatHours(last) + ")");
                }
                if (t > span) {
                    error(at + "/table/" + i, "at " + Quantities.formatHours(t) + " after restart it lies beyond the horizon"
                            + " (expected at most " + Quantities.formatHours(span) + ")");
                }
                checkValue(at + "/table/" + i + "/1", v, fraction);
                points.add(new double[] {t, v});
                last = t;
            }
            return Optional.of(new Ramp.Table(points));
        }
        if (!r.has("start") || !r.has("tau")) {
            error(at, "an exponential ramp needs start and tau");
            return Optional.empty();
        }
        double start = r.get("start").asDouble();
        checkValue(at + "/start", start, fraction);
        return Optional.of(new Ramp.Exponential(start, hours(at + "/tau")));
    }

    private void checkValue(String at, double v, boolean fraction) {
        if (fraction && v >= 1) {
            error(at, "expected a scrap fraction below 1, was " + v);
        }
        if (!fraction && v <= 0) {
            error(at, "expected a positive process-time multiplier, was " + v);
        }
    }

    private double hours(String pointer) {
        double h = Quantities.hours(plan.root().at(pointer).asText()).orElse(Double.NaN);
        if (!(h <= Quantities.MAX_HOURS) && !Double.isNaN(h)) {
            error(pointer, "expected a duration of at most " + Quantities.formatHours(Quantities.MAX_HOURS) + " (100 years),"
                    + " was " + plan.root().at(pointer).asText());
            return Double.NaN;
        }
        return h;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(plan.file(), plan.valueAt(pointer), plan.path(pointer), message));
    }
}
