package dev.linesim.regression;

import java.util.List;
import java.util.Locale;

/**
 * The verdicts as JUnit XML, which GitHub, GitLab and Jenkins display: one test suite per scenario, one test case per
 * KPI (and one for the capex figures, one for the digest in exact mode). A fail is a failure; an inconclusive
 * verdict is a failure under {@code --strict}, else a skipped test with the replications that would decide it.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String render(List<ScenarioVerdict> all, boolean strict) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0;
        int failures = 0;
        StringBuilder suites = new StringBuilder();
        for (ScenarioVerdict s : all) {
            StringBuilder cases = new StringBuilder();
            int t = 0;
            int f = 0;
            int skipped = 0;
            for (KpiVerdict k : s.kpis()) {
                t++;
                cases.append("    <testcase classname=\"linesim.").append(xml(s.scenario())).append("\" name=\"")
                        .append(xml(k.kpi().key())).append("\">");
                String detail = String.format(Locale.ROOT, "baseline %s, current %s, difference %s ± %s, tolerance %s",
                        k.baseline().mean(), k.current().mean(), k.difference().mean(), k.difference().halfWidth(), k.tolerance());
                if (k.verdict() == KpiVerdict.Verdict.FAIL
                        || (strict && k.verdict() == KpiVerdict.Verdict.INCONCLUSIVE)) {
                    f++;
                    cases.append("<failure message=\"").append(xml(k.verdict().label() + ": " + detail)).append("\"/>");
                } else if (k.verdict() == KpiVerdict.Verdict.INCONCLUSIVE) {
                    skipped++;
                    cases.append("<skipped message=\"").append(xml("inconclusive: " + detail + "; about " + k.replications()
                            + " replications would decide")).append("\"/>");
                }
                cases.append("</testcase>\n");
            }
            t++;
            cases.append("    <testcase classname=\"linesim.").append(xml(s.scenario())).append("\" name=\"capex\">");
            if (!s.exact().isEmpty()) {
                f++;
                cases.append("<failure message=\"").append(xml(String.join("; ", s.exact()))).append("\"/>");
            }
            cases.append("</testcase>\n");
            if (s.mode().equals("exact")) {
                t++;
                cases.append("    <testcase classname=\"linesim.").append(xml(s.scenario())).append("\" name=\"digest\">");
                if (!s.digest().isEmpty()) {
                    f++;
                    cases.append("<failure message=\"").append(xml("differ: " + String.join(", ", s.digest()))).append("\"/>");
                }
                cases.append("</testcase>\n");
            }
            suites.append(String.format(Locale.ROOT, "  <testsuite name=\"linesim.%s\" tests=\"%d\" failures=\"%d\" errors=\"0\""
                    + " skipped=\"%d\">%n", xml(s.scenario()), t, f, skipped)).append(cases).append("  </testsuite>\n");
            tests += t;
            failures += f;
        }
        sb.append(String.format(Locale.ROOT, "<testsuites name=\"linesim verify\" tests=\"%d\" failures=\"%d\">%n", tests, failures))
                .append(suites).append("</testsuites>\n");
        return sb.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
