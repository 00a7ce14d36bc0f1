package dev.linesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.input.SweepGrid;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.ArrayList;
import java.util.List;

/** What every study command (sweep, sensitivity, montecarlo, size) shares: run settings, output and charts. */
final class StudyOptions {
    @Mixin
    RunSettingsOptions settings;
    @Mixin
    OutputOptions output;
    @Mixin
    ChartOptionsMixin charts;

    /** {@code --kpi}: the KPIs a study reports and draws. */
    static final class Kpis {
        @Option(names = "--kpi", paramLabel = "KEY", description = "A KPI to report and draw (default: GWh/yr, cost per"
                + " kWh, retrofit capex, NPV and payback, where present). Repeatable.")
        List<String> kpis = new ArrayList<>();

        /** The KPIs asked for: on the command line, else in the file's study section, else the defaults. */
        List<String> of(JsonNode section, List<String> defaults) {
            if (!kpis.isEmpty()) {
                return kpis;
            }
            List<String> inFile = texts(section.path("kpis"));
            return inFile.isEmpty() ? defaults : inFile;
        }
    }

    /** The values of a YAML list, as written. */
    static List<String> texts(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return values;
    }

    /**
     * {@code --set} texts split into fixed overrides (one value) and varied parameters (several values, or a range).
     *
     * @param fixed  the {@code PATH=VALUE} overrides that hold for every run
     * @param varied the parameters with their values
     */
    record Split(List<String> fixed, List<SweepGrid.Parameter> varied) {
    }

    static Split split(List<String> sets) {
        List<String> fixed = new ArrayList<>();
        List<SweepGrid.Parameter> varied = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            List<String> values = eq < 0 ? List.of() : SweepGrid.values(set.substring(eq + 1));
            if (values.size() <= 1) {
                fixed.add(set);
            } else {
                varied.add(new SweepGrid.Parameter(set.substring(0, eq).strip(), values));
            }
        }
        return new Split(fixed, varied);
    }
}
