package dev.linesim.regression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tolerance of every checked KPI: documented defaults, then the file beside the baselines, then the command
 * line, each overriding the one before.
 */
public final class Tolerances {
    /** Defaults, by KPI key. */
    public static final Map<String, Tolerance> DEFAULTS;

    static {
        Map<String, Tolerance> d = new LinkedHashMap<>();
        d.put("good_cells_per_h", new Tolerance(0.01, true));
        d.put("good_cells_per_day", new Tolerance(0.01, true));
        d.put("good_cells_per_year", new Tolerance(0.01, true));
        d.put("gwh_per_year", new Tolerance(0.01, true));
        d.put("overall_yield", new Tolerance(0.002, false));
        d.put("wip_cells", new Tolerance(0.02, true));
        d.put("lead_time_days", new Tolerance(0.02, true));
        d.put("crew_utilisation", new Tolerance(0.02, false));
        d.put("crew_wait_h", new Tolerance(0.10, true)); // a mean over few repairs: noisy
        d.put("escaped_defects_ppm", new Tolerance(0.10, true)); // rare events: noisy
        d.put("top_grade_share", new Tolerance(0.002, false));
        d.put("capital_per_kwh_year", new Tolerance(0.01, true));
        d.put("cost_per_kwh", new Tolerance(0.01, true));
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    /** For KPIs without a default of their own. */
    public static final Tolerance OTHERWISE = new Tolerance(0.01, true);

    private final Map<String, Tolerance> overrides = new LinkedHashMap<>();

    /** Sets the tolerance of one KPI, replacing what was set before. */
    public Tolerances set(String kpi, Tolerance t) {
        overrides.put(kpi, t);
        return this;
    }

    public Tolerance of(String kpi) {
        return overrides.getOrDefault(kpi, DEFAULTS.getOrDefault(kpi, OTHERWISE));
    }
}
