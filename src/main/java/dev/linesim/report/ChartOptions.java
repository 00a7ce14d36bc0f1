package dev.linesim.report;

import java.util.Set;

/**
 * What to draw besides the result files.
 *
 * @param charts  whether to draw charts and the PDF report
 * @param formats chart file formats: pdf, svg, png
 * @param paper   page size of report.pdf
 */
public record ChartOptions(boolean charts, Set<ChartFormat> formats, Paper paper) {
    public static final ChartOptions DEFAULT = new ChartOptions(true, Set.of(ChartFormat.values()), Paper.A4);

    public ChartOptions {
        formats = Set.copyOf(formats);
    }

    /** A chart file format. */
    public enum ChartFormat {
        PDF, SVG, PNG;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Page sizes for the report, in points. */
    public enum Paper {
        A4(595.28, 841.89), LETTER(612, 792);

        public final double width;
        public final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }
    }
}
