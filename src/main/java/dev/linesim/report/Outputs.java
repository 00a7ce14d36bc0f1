package dev.linesim.report;

import dev.linesim.report.chart.Chart;
import dev.linesim.report.chart.ChartExport;
import dev.linesim.report.chart.ComparisonCharts;
import dev.linesim.report.chart.ConversionCharts;
import dev.linesim.report.chart.RunCharts;
import dev.linesim.report.pdf.ReportPdf;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.SweepResults;
import dev.linesim.results.SizingResults;
import dev.linesim.report.chart.SizingCharts;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.report.chart.MonteCarloCharts;
import dev.linesim.results.SensitivityResults;
import dev.linesim.report.chart.TornadoCharts;
import dev.linesim.report.chart.SweepCharts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Every file a command writes, by path relative to its output folder: the result files, then (unless
 * charts are off) each chart in each format with its data as CSV under {@code charts/}, and {@code report.pdf}.
 * Everything is made in memory, so the caller can write all files or none.
 */
public final class Outputs {
    /** Folder of the charts, inside the output folder. */
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.pdf";

    private Outputs() {
    }

    public static Map<String, byte[]> run(RunResults r, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.RUN, utf8(ResultsFiles.json(r)));
        files.put("results.csv", utf8(ResultsCsv.kpis(r)));
        files.put("replications.csv", utf8(ResultsCsv.replications(r)));
        files.put("capex.csv", utf8(ResultsCsv.capex(r.capital())));
        files.putAll(drawings(r, o));
        return files;
    }

    public static Map<String, byte[]> comparison(ComparisonResults c, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.COMPARISON, utf8(ResultsFiles.json(c)));
        files.put("comparison.csv", utf8(ComparisonReport.csv(c)));
        files.putAll(drawings(c, o));
        return files;
    }

    public static Map<String, byte[]> conversion(ConversionResults c, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.CONVERSION, utf8(ResultsFiles.json(c)));
        files.put("conversion.csv", utf8(ConversionReport.csv(c)));
        files.putAll(drawings(c, o));
        return files;
    }

    public static Map<String, byte[]> sweep(SweepResults s, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.SWEEP, utf8(ResultsFiles.json(s)));
        files.put("sweep.csv", utf8(SweepReport.csv(s)));
        files.putAll(drawings(s, o));
        return files;
    }

    public static Map<String, byte[]> sensitivity(SensitivityResults s, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.SENSITIVITY, utf8(ResultsFiles.json(s)));
        files.put("sensitivity.csv", utf8(SensitivityReport.csv(s)));
        files.putAll(drawings(s, o));
        return files;
    }

    public static Map<String, byte[]> monteCarlo(MonteCarloResults m, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.MONTE_CARLO, utf8(ResultsFiles.json(m)));
        files.put("montecarlo.csv", utf8(MonteCarloReport.csv(m)));
        files.putAll(drawings(m, o));
        return files;
    }

    public static Map<String, byte[]> sizing(SizingResults s, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsFiles.SIZING, utf8(ResultsFiles.json(s)));
        files.put("size.csv", utf8(SizingReport.csv(s)));
        files.putAll(drawings(s, o));
        return files;
    }

    /** The charts and the report of any kind of results; empty when charts are off. */
    public static Map<String, byte[]> drawings(Object results, ChartOptions o) {
        if (!o.charts()) {
            return Map.of();
        }
        // JFreeChart objects must not be drawn by two threads at once: the report gets charts of its own
        Supplier<List<Chart>> charts;
        Supplier<byte[]> report;
        if (results instanceof RunResults r) {
            charts = () -> RunCharts.all(r);
            report = () -> ReportPdf.run(r, RunCharts.all(r), o.paper());
        } else if (results instanceof ComparisonResults c) {
            charts = () -> ComparisonCharts.all(c);
            report = () -> ReportPdf.comparison(c, ComparisonCharts.all(c), o.paper());
        } else if (results instanceof ConversionResults c) {
            charts = () -> ConversionCharts.all(c);
            report = () -> ReportPdf.conversion(c, ConversionCharts.all(c), o.paper());
        } else if (results instanceof SizingResults z) {
            charts = () -> SizingCharts.all(z);
            report = () -> ReportPdf.sizing(z, SizingCharts.all(z), o.paper());
        } else if (results instanceof MonteCarloResults m) {
            charts = () -> MonteCarloCharts.all(m);
            report = () -> ReportPdf.monteCarlo(m, MonteCarloCharts.all(m), o.paper());
        } else if (results instanceof SensitivityResults s) {
            charts = () -> TornadoCharts.all(s);
            report = () -> ReportPdf.sensitivity(s, TornadoCharts.all(s), o.paper());
        } else if (results instanceof SweepResults s) {
            charts = () -> SweepCharts.all(s);
            report = () -> ReportPdf.sweep(s, SweepCharts.all(s), o.paper());
        } else {
            throw new IllegalArgumentException("not results: " + results);
        }
        return draw(charts.get(), report, o);
    }

    /** Exports each chart in every format (one chart per task) and composes the report, on two threads. */
    private static Map<String, byte[]> draw(List<Chart> charts, Supplier<byte[]> report, ChartOptions o) {
        List<Supplier<Map<String, byte[]>>> jobs = new ArrayList<>();
        jobs.add(() -> Map.of(REPORT, report.get()));
        for (Chart c : charts) {
            jobs.add(() -> export(c, o));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "linesim-drawing");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Map<String, byte[]>>> futures = new ArrayList<>();
            jobs.forEach(job -> futures.add(pool.submit(job::get)));
            Map<String, byte[]> files = new TreeMap<>();
            for (Future<Map<String, byte[]>> f : futures) {
                files.putAll(f.get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, byte[]> export(Chart c, ChartOptions o) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String base = CHARTS + "/" + c.name();
        for (ChartOptions.ChartFormat f : ChartOptions.ChartFormat.values()) {
            if (o.formats().contains(f)) {
                files.put(base + "." + f.extension(), switch (f) {
                    case PDF -> ChartExport.pdf(c);
                    case SVG -> ChartExport.svg(c);
                    case PNG -> ChartExport.png(c);
                });
            }
        }
        files.put(base + ".csv", utf8(c.data().csv()));
        return files;
    }

    /** The printed text of any kind of results. */
    public static String text(Object results) {
        if (results instanceof RunResults r) {
            return SummaryTable.render(r);
        }
        if (results instanceof ComparisonResults c) {
            return ComparisonReport.text(c);
        }
        if (results instanceof SweepResults s) {
            return SweepReport.text(s);
        }
        if (results instanceof SensitivityResults s) {
            return SensitivityReport.text(s);
        }
        if (results instanceof MonteCarloResults m) {
            return MonteCarloReport.text(m);
        }
        if (results instanceof SizingResults z) {
            return SizingReport.text(z);
        }
        return ConversionReport.text((ConversionResults) results);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Names of drawn files, to tell which files in an output folder a later run may replace. */
    public static List<String> drawnFileSuffixes() {
        List<String> s = new ArrayList<>();
        for (ChartOptions.ChartFormat f : ChartOptions.ChartFormat.values()) {
            s.add("." + f.extension());
        }
        s.add(".csv");
        return s;
    }
}
