package dev.linesim.regression;

import dev.linesim.results.Format;
import dev.linesim.stats.Estimate;
import java.util.List;
import java.util.Locale;

/** The verdicts as a readable table per scenario, and a one-line summary. */
public final class VerdictTable {
    private static final String ROW = "  %-34s %-20s %-20s %-24s %-10s %s%n";

    private VerdictTable() {
    }

    public static String render(ScenarioVerdict s, String baselineFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.scenario()).append(" against ").append(baselineFile).append(" (").append(s.mode()).append(": ")
                .append(s.note()).append(")\n");
        if (s.mode().equals("exact")) {
            sb.append(s.digest().isEmpty() ? "  identical results digest: pass\n"
                    : "  results differ (FAIL); first KPIs that differ: " + String.join(", ", s.digest()) + "\n");
        } else {
            sb.append(String.format(Locale.ROOT, ROW, "KPI", "baseline", "current", "difference (95% CI)", "tolerance", "verdict"));
            for (KpiVerdict k : s.kpis()) {
                Format f = k.kpi().format();
                String verdict = switch (k.verdict()) {
                    case PASS -> "pass";
                    case FAIL -> "FAIL";
                    case INCONCLUSIVE -> "inconclusive (about " + k.replications() + " replications would decide)";
                };
                sb.append(String.format(Locale.ROOT, ROW, clip(k.kpi().label(), 34), show(k.baseline(), f), show(k.current(), f),
                        signed(k.difference(), f), k.tolerance(), verdict));
            }
        }
        if (s.exact().isEmpty()) {
            sb.append("  capex, fates and reuse: equal to the cent\n");
        } else {
            sb.append("  capex, fates and reuse differ (FAIL):\n");
            s.exact().forEach(e -> sb.append("    ").append(e).append('\n'));
        }
        return sb.toString();
    }

    /** "3 scenarios, 24 KPIs: 22 pass, 1 fail, 1 inconclusive; regression" */
    public static String summary(List<ScenarioVerdict> all, int problems, boolean strict) {
        long kpis = all.stream().mapToLong(s -> s.kpis().size()).sum();
        long pass = all.stream().mapToLong(s -> s.count(KpiVerdict.Verdict.PASS)).sum();
        long fail = all.stream().mapToLong(s -> s.count(KpiVerdict.Verdict.FAIL)).sum();
        long open = all.stream().mapToLong(s -> s.count(KpiVerdict.Verdict.INCONCLUSIVE)).sum();
        long regressed = all.stream().filter(s -> s.regressed(strict)).count();
        String outcome = problems > 0 ? problems + " baseline(s) missing or unusable"
                : regressed > 0 ? "REGRESSION in " + regressed + " scenario(s)" : "no regression";
        return String.format(Locale.ROOT, "verify: %d scenario(s), %d KPI checks: %d pass, %d fail, %d inconclusive%s; %s",
                all.size(), kpis, pass, fail, open, strict ? " (strict)" : "", outcome);
    }

    /**
     * The checks counted as tests, as CI servers read a closing line: "verify: 40 passed, 0 failed, 0 skipped". Each
     * KPI is a test, and so are each scenario's capex figures (and its digest in exact mode); an inconclusive
     * verdict is skipped, or failed under strict.
     */
    public static String closingLine(List<ScenarioVerdict> all, boolean strict) {
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        for (ScenarioVerdict s : all) {
            passed += s.count(KpiVerdict.Verdict.PASS) + (s.exact().isEmpty() ? 1 : 0);
            failed += s.count(KpiVerdict.Verdict.FAIL) + (s.exact().isEmpty() ? 0 : 1);
            if (s.mode().equals("exact")) {
                passed += s.digest().isEmpty() ? 1 : 0;
                failed += s.digest().isEmpty() ? 0 : 1;
            }
            long open = s.count(KpiVerdict.Verdict.INCONCLUSIVE);
            if (strict) {
                failed += open;
            } else {
                skipped += open;
            }
        }
        return String.format(Locale.ROOT, "verify: %d passed, %d failed, %d skipped", passed, failed, skipped);
    }

    private static String show(Estimate e, Format f) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        return Double.isNaN(e.halfWidth()) ? mean(e.mean(), f)
                : mean(e.mean(), f) + " ± " + mean(e.halfWidth(), f).replace("%", "");
    }

    private static String signed(Estimate d, Format f) {
        String s = show(d, f);
        return d.mean() >= 0 && !s.equals("n/a") ? "+" + s : s;
    }

    private static String mean(double v, Format f) {
        if (f == Format.PERCENT) {
            return String.format(Locale.ROOT, "%.2f%%", 100 * v);
        }
        int decimals = Math.max(f.decimals, 1);
        return String.format(Locale.ROOT, "%,." + decimals + "f", v * f.scale) + f.suffix;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
