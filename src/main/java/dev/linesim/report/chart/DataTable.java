package dev.linesim.report.chart;

import dev.linesim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The numbers a chart draws, as a tidy table: one header, one row per plotted value. Written beside the chart as CSV. */
public final class DataTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public DataTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; numbers are written plainly (empty when undefined), text quoted when needed. */
    public DataTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c instanceof Number n ? Numbers.csv(n.doubleValue()) : Numbers.csv(String.valueOf(c)));
        }
        rows.add(row);
        return this;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The value in {@code column} of row {@code row}, as written. */
    public String cell(int row, String column) {
        return rows.get(row).get(header.indexOf(column));
    }

    public String csv() {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        rows.forEach(r -> sb.append(String.join(",", r)).append('\n'));
        return sb.toString();
    }
}
