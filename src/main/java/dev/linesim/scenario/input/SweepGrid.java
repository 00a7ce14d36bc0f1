package dev.linesim.scenario.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a swept parameter, as written on the command line ({@code --set PATH=3,4,5}, {@code PATH=3..8}) or
 * in a file's {@code sweep} section, and the full grid of their combinations.
 */
public final class SweepGrid {
    private static final Pattern RANGE = Pattern.compile("^\\s*(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)\\s*$");
    /** Most design points a sweep may have; each is a full run. */
    public static final int MAX_POINTS = 10_000;

    private SweepGrid() {
    }

    /** A swept key with its values. */
    public record Parameter(String path, List<String> values) {
        public Parameter {
            values = List.copyOf(values);
        }
    }

    /**
     * The values of {@code text}: a whole-number range {@code 3..8} (both ends included), or values separated by
     * commas outside braces and brackets ({@code 80 USD, 85 USD}; {@code {dist: constant, value: 4 h}, 5 h}).
     */
    public static List<String> values(String text) {
        Matcher m = RANGE.matcher(text);
        if (m.matches()) {
            long from = Long.parseLong(m.group(1));
            long to = Long.parseLong(m.group(2));
            List<String> list = new ArrayList<>();
            for (long v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1) {
                list.add(String.valueOf(v));
                if (list.size() > MAX_POINTS) {
                    break;
                }
            }
            return list;
        }
        List<String> list = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                list.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        list.add(current.toString().strip());
        return list;
    }

    /** Every combination, the last parameter varying fastest; each is a list of {@code PATH=VALUE} overrides. */
    public static List<List<String>> points(List<Parameter> parameters) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (Parameter p : parameters) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> point : points) {
                for (String v : p.values()) {
                    List<String> more = new ArrayList<>(point);
                    more.add(p.path() + "=" + v);
                    next.add(more);
                }
            }
            points = next;
        }
        return points;
    }
}
