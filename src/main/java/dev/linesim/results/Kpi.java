package dev.linesim.results;

/**
 * What a KPI is: the one definition every table, file, chart and report reads.
 *
 * @param key        stable machine name, as in JSON and CSV ({@code gwh_per_year})
 * @param label      name shown to people ("Output, GWh/yr")
 * @param unit       unit of the stored values ({@code GWh/yr}, {@code fraction}, {@code MUSD})
 * @param scope      line, station or economics
 * @param definition what it measures and how it is estimated
 * @param format     how it is shown
 */
public record Kpi(String key, String label, String unit, Scope scope, String definition, Format format) {
}
