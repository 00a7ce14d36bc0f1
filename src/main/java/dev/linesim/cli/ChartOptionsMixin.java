package dev.linesim.cli;

import dev.linesim.report.ChartOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Whether and how to draw charts and the PDF report: shared by run, compare and convert. */
final class ChartOptionsMixin {
    @Option(names = "--no-charts", description = "Write the result files only: no charts and no report.pdf.")
    boolean noCharts;
    @Mixin
    Formats formats;

    ChartOptions options() {
        return formats.options(!noCharts);
    }

    /** Chart formats and paper size: also the options of {@code linesim report}. */
    static final class Formats {
        @Option(names = "--format", split = ",", paramLabel = "FORMAT",
                description = "Chart formats, comma separated: pdf, svg, png (default: all three).")
        List<String> formats;
        @Option(names = "--paper", paramLabel = "SIZE", description = "Page size of report.pdf: a4 or letter (default: a4).")
        String paper;

        ChartOptions options(boolean charts) {
            Set<ChartOptions.ChartFormat> chosen = EnumSet.noneOf(ChartOptions.ChartFormat.class);
            if (formats == null || formats.isEmpty()) {
                chosen.addAll(EnumSet.allOf(ChartOptions.ChartFormat.class));
            } else {
                for (String f : formats) {
                    try {
                        chosen.add(ChartOptions.ChartFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format: expected pdf, svg or png (comma separated), was \"" + f + "\"");
                    }
                }
            }
            ChartOptions.Paper size = ChartOptions.Paper.A4;
            if (paper != null) {
                try {
                    size = ChartOptions.Paper.valueOf(paper.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--paper: expected a4 or letter, was \"" + paper + "\"");
                }
            }
            return new ChartOptions(charts, chosen, size);
        }
    }
}
