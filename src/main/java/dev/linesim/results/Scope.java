package dev.linesim.results;

/** What a KPI describes: the whole line, one station, or the line's money. */
public enum Scope {
    LINE, STATION, ECONOMICS
}
