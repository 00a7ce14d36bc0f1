package dev.linesim.report;

import dev.linesim.time.Hours;
import dev.linesim.results.Bottleneck;
import dev.linesim.results.Checks;
import dev.linesim.results.Kpi;
import dev.linesim.results.RunInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Sentences shared by the printed tables and the PDF report. */
public final class Titles {
    private Titles() {
    }

    /**
     * Short names for the parameters of a study, from their dotted paths: the last two keys ({@code
     * stations.stacking.machines} is "stacking machines"), or as many more as it takes to tell two parameters apart.
     */
    public static List<String> parameterNames(List<String> paths) {
        List<String> names = new ArrayList<>();
        for (String path : paths) {
            String[] keys = path.split("\\.");
            int k = Math.min(2, keys.length);
            while (k < keys.length && sharesLastKeys(path, k, paths)) {
                k++;
            }
            names.add(String.join(" ", Arrays.copyOfRange(keys, keys.length - k, keys.length)));
        }
        return names;
    }

    /** Whether another of {@code paths} ends in the same {@code k} keys as {@code path}. */
    private static boolean sharesLastKeys(String path, int k, List<String> paths) {
        String tail = lastKeys(path, k);
        return paths.stream().filter(other -> !other.equals(path)).anyMatch(other -> lastKeys(other, k).equals(tail));
    }

    private static String lastKeys(String path, int k) {
        String[] keys = path.split("\\.");
        return String.join(".", Arrays.copyOfRange(keys, Math.max(0, keys.length - k), keys.length));
    }

    /** "10 replications of 49 d (warm-up 21 d), seed 20261122". */
    public static String runSettings(RunInfo r) {
        return String.format(Locale.ROOT, "%d replications of %s (warm-up %s), seed %d", r.replications(),
                hours(r.horizonHours()), hours(r.warmupHours()), r.seed());
    }

    /** "winding (active 99.8 % of scheduled time; next: cell_baking 95.6 %)". */
    public static String bottleneck(Bottleneck b) {
        if (!b.named()) {
            return "none (no station with machine-time shares)";
        }
        String s = String.format(Locale.ROOT, "%s (active %.1f %% of scheduled time", b.station(), 100 * b.activeShare());
        if (b.runnerUp() != null) {
            s += String.format(Locale.ROOT, "; next: %s %.1f %%", b.runnerUp(), 100 * b.runnerUpShare());
        }
        return s + ")";
    }

    /** How the warm-up was chosen and the precision reached, when either was automatic; else empty. */
    public static String checks(Checks c) {
        List<String> parts = new ArrayList<>();
        if (c.warmupMethod().equals("detected")) {
            parts.add("warm-up detected by MSER-5 from a pilot run");
        }
        if (c.precision() != null) {
            Checks.Precision p = c.precision();
            parts.add(String.format(Locale.ROOT, "%d replications: %s within %.2f %% (asked %.2f %%%s)", p.replications(),
                    p.kpi(), 100 * p.reached(), 100 * p.target(), p.met() ? "" : ", not met"));
        }
        return String.join("; ", parts);
    }

    /**
     * How deep a KPI sits under another in a table: a component of the cost per kWh one level, the materials scrapped
     * (a part of the materials) two.
     */
    public static int depth(Kpi k) {
        if (k.key().equals("scrap_material_per_kwh")) {
            return 2;
        }
        return k.key().startsWith("cost_per_kwh_") ? 1 : 0;
    }

    /** A KPI's label indented by its depth with {@code unit} per level. */
    public static String indented(Kpi k, String unit) {
        return unit.repeat(depth(k)) + k.label();
    }

    /** A KPI's label with its unit in brackets, unless the label already says it or the unit is a plain fraction. */
    public static String withUnit(Kpi k) {
        String unit = k.unit();
        boolean said = unit.isEmpty() || unit.equals("fraction") || unit.equals("share") || k.label().contains(unit)
                || (unit.equals("d") && k.label().contains("days"));
        return said ? k.label() : k.label() + " (" + unit + ")";
    }

    /** A duration in the largest whole unit: "49 d", "8 h", "90 min", "1.5 h". */
    public static String hours(double h) {
        if (h >= Hours.PER_DAY && Math.abs(h / Hours.PER_DAY - Math.rint(h / Hours.PER_DAY)) < Hours.SAME_INSTANT) {
            return trim(h / Hours.PER_DAY) + " d";
        }
        if (h >= 1 || h == 0) {
            return trim(h) + " h";
        }
        return trim(h * 60) + " min";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
