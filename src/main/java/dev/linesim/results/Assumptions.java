package dev.linesim.results;

import java.util.List;

/**
 * The inputs a reader of a report needs to judge it, as shown text.
 *
 * @param line     line-level settings (product, calendar, economics), label and value
 * @param stations one row per station
 */
public record Assumptions(List<Setting> line, List<StationRow> stations) {
    public Assumptions {
        line = List.copyOf(line);
        stations = List.copyOf(stations);
    }

    /** A labelled setting ("Cell energy", "896 Wh"). */
    public record Setting(String label, String value) {
    }

    /**
     * One station as specified.
     *
     * @param id          station id
     * @param type        process or delay
     * @param machines    machines or positions ("unlimited")
     * @param unit        unit and cells per unit ("roll of 500 cells")
     * @param from        upstream stations, comma separated ("raw material" for a source)
     * @param batch       batch rule ("1")
     * @param processTime process time or resting time, with its distribution
     * @param buffer      input buffer capacity
     * @param failures    MTBF / MTTR, or "none"
     * @param scrap       scrap fraction as text
     * @param capex       price as given
     */
    public record StationRow(String id, String type, String machines, String unit, String from, String batch,
                             String processTime, String buffer, String failures, String scrap, String capex) {
    }
}
