package dev.linesim.regression;

import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunResults;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Difference;
import dev.linesim.stats.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a run with its baseline. Deterministic figures (capex items, fates, totals, reuse) must be equal to the
 * cent. Each stochastic line and economics KPI gets a verdict from the 95 % CI of its difference: paired when both
 * runs used the same seed and number of replications (common random numbers), else Welch's two-sample interval.
 * <ul>
 * <li><b>pass</b>: the CI lies inside ± the tolerance, so any change is shown to be smaller than it;</li>
 * <li><b>fail</b>: the CI excludes zero and the difference is larger than the tolerance;</li>
 * <li><b>inconclusive</b>: otherwise; the replications that would likely decide it are estimated from the
 * half-width shrinking as 1 / sqrt(n).</li>
 * </ul>
 */
public final class RegressionCheck {
    /** KPIs that follow from the inputs alone; they are checked exactly, through the capex figures. */
    static final Set<String> DETERMINISTIC = Set.of("capital_employed", "annual_capital_charge", "retrofit_capex");
    /** KPIs named when exact mode finds a difference. */
    private static final int NAMED = 5;

    private RegressionCheck() {
    }

    /** The statistical check (the default). */
    public static ScenarioVerdict statistical(RunResults baseline, RunResults current, Tolerances tolerances) {
        boolean paired = baseline.run().seed() == current.run().seed()
                && baseline.run().replications() == current.run().replications();
        List<KpiVerdict> verdicts = new ArrayList<>();
        for (KpiEstimate b : baseline.kpis()) {
            if (DETERMINISTIC.contains(b.key())) {
                continue;
            }
            Optional<KpiEstimate> c = current.kpi(b.key());
            Tolerance tol = tolerances.of(b.key());
            if (c.isEmpty()) {
                verdicts.add(new KpiVerdict(b.kpi(), b.estimate(), new Estimate(Double.NaN, Double.NaN, 0),
                        new Estimate(Double.NaN, Double.NaN, 0), paired, tol, KpiVerdict.Verdict.FAIL, 0));
                continue;
            }
            double[] before = values(b);
            double[] after = values(c.get());
            Estimate d = (paired ? Difference.paired(before, after) : Difference.welch(before, after)).estimate();
            verdicts.add(judge(b, c.get(), d, paired, tol, baseline.run().replications()));
        }
        String note = (paired ? "paired replications (same seed and streams)" : "Welch two-sample (seed or replications differ)")
                + String.format(Locale.ROOT, ", %d replications against %d; linesim %s against %s",
                current.run().replications(), baseline.run().replications(), current.provenance().linesimVersion(),
                baseline.provenance().linesimVersion());
        return new ScenarioVerdict(current.scenario().name(), "statistical", verdicts, exactDifferences(baseline, current),
                List.of(), note);
    }

    /** The exact check: the same digest, or the first KPIs that differ. */
    public static ScenarioVerdict exact(RunResults baseline, RunResults current) {
        List<String> differ = new ArrayList<>();
        if (!Objects.equals(baseline.provenance().digest(), current.provenance().digest())) {
            Map<String, List<Double>> was = everyKpi(baseline);
            everyKpi(current).forEach((key, values) -> {
                if (!values.equals(was.get(key)) && differ.size() < NAMED) {
                    differ.add(key);
                }
            });
            if (differ.isEmpty()) {
                differ.add("digest " + abbreviate(baseline.provenance().digest()) + " → " + abbreviate(current.provenance().digest())
                        + " (figures other than the KPIs differ)");
            }
        }
        return new ScenarioVerdict(current.scenario().name(), "exact", List.of(), exactDifferences(baseline, current), differ,
                "digest " + abbreviate(current.provenance().digest()) + " against " + abbreviate(baseline.provenance().digest()));
    }

    static KpiVerdict judge(KpiEstimate b, KpiEstimate c, Estimate d, boolean paired, Tolerance tol, int n) {
        double allowed = tol.amount(b.estimate().mean());
        double hw = Double.isNaN(d.halfWidth()) ? Double.POSITIVE_INFINITY : d.halfWidth();
        double diff = Math.abs(d.mean());
        KpiVerdict.Verdict v;
        int more = 0;
        if (Double.isNaN(d.mean())) { // undefined in both runs is no change; in one only, it is
            boolean both = Double.isNaN(b.estimate().mean()) && Double.isNaN(c.estimate().mean());
            v = both ? KpiVerdict.Verdict.PASS : KpiVerdict.Verdict.FAIL;
        } else if (diff + hw <= allowed) {
            v = KpiVerdict.Verdict.PASS;
        } else if (diff > hw && diff > allowed) {
            v = KpiVerdict.Verdict.FAIL;
        } else {
            v = KpiVerdict.Verdict.INCONCLUSIVE;
            double target = diff < allowed ? allowed - diff : diff; // to show it inside, or to show it is not zero
            more = Double.isFinite(hw) && target > 0 ? (int) Math.ceil(n * (hw / target) * (hw / target)) : 0;
            more = Math.max(more, n + 1);
        }
        return new KpiVerdict(b.kpi(), b.estimate(), c.estimate(), d, paired, tol, v, more);
    }

    /** Every difference in the deterministic figures, in words. */
    static List<String> exactDifferences(RunResults baseline, RunResults current) {
        List<String> out = new ArrayList<>();
        Capital b = baseline.capital();
        Capital c = current.capital();
        if (!b.currency().equals(c.currency())) {
            out.add("currency " + b.currency() + " → " + c.currency());
        }
        money(out, "equipment", b.equipment(), c.equipment(), c.currency());
        money(out, "facility", b.facility(), c.facility(), c.currency());
        money(out, "capital employed", b.capitalEmployed(), c.capitalEmployed(), c.currency());
        money(out, "annual capital charge", b.capitalCharge(), c.capitalCharge(), c.currency());
        Map<String, CapexLine> was = b.items().stream().collect(Collectors.toMap(CapexLine::id, Function.identity(), (x, y) -> x));
        for (CapexLine now : c.items()) {
            CapexLine before = was.remove(now.id());
            if (before == null) {
                out.add(now.id() + ": new asset (" + now.fate() + ", " + millions(now.installedValue(), c.currency()) + ")");
                continue;
            }
            if (!before.fate().equals(now.fate())) {
                out.add(now.id() + ": fate " + before.fate() + " → " + now.fate());
            }
            if (before.machinesAfter() != now.machinesAfter()) {
                out.add(now.id() + ": machines " + before.machinesAfter() + " → " + now.machinesAfter());
            }
            money(out, now.id() + " installed value", before.installedValue(), now.installedValue(), c.currency());
            money(out, now.id() + " spend", before.newPurchase().add(before.modificationCost()),
                    now.newPurchase().add(now.modificationCost()), c.currency());
            money(out, now.id() + " salvage", before.salvage(), now.salvage(), c.currency());
        }
        was.keySet().forEach(id -> out.add(id + ": no longer in the line"));
        Retrofit rb = b.retrofit();
        Retrofit rc = c.retrofit();
        if ((rb == null) != (rc == null)) {
            out.add(rb == null ? "now a retrofit plan" : "no longer a retrofit plan");
        } else if (rb != null) {
            money(out, "retrofit gross", rb.gross(), rc.gross(), c.currency());
            money(out, "retrofit net", rb.net(), rc.net(), c.currency());
            money(out, "greenfield", rb.greenfield(), rc.greenfield(), c.currency());
            if (rb.reusedMachines() != rc.reusedMachines() || rb.machines() != rc.machines()) {
                out.add("machines reused " + rb.reusedMachines() + " of " + rb.machines() + " → " + rc.reusedMachines() + " of "
                        + rc.machines());
            }
            if (!rb.changes().equals(rc.changes())) {
                out.add("the plan's changes differ");
            }
        }
        return out;
    }

    private static void money(List<String> out, String what, BigDecimal before, BigDecimal after, String currency) {
        if (before.compareTo(after) != 0) {
            out.add(what + " " + millions(before, currency) + " → " + millions(after, currency));
        }
    }

    private static String millions(BigDecimal amount, String currency) {
        return amount.movePointLeft(6).stripTrailingZeros().toPlainString() + " M" + currency;
    }

    private static double[] values(KpiEstimate k) {
        return k.replications().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every KPI of a run by key ("station/key" for stations), with its per-replication values, in order. */
    private static Map<String, List<Double>> everyKpi(RunResults r) {
        Map<String, List<Double>> all = new LinkedHashMap<>();
        r.kpis().forEach(k -> all.put(k.key(), k.replications()));
        for (StationResults s : r.stations()) {
            s.kpis().forEach(k -> all.put(s.id() + "/" + k.key(), k.replications()));
        }
        return all;
    }

    private static String abbreviate(String digest) {
        return digest == null ? "none" : digest.substring(0, Math.min(12, digest.length()));
    }
}
