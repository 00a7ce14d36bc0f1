package dev.linesim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the stations form one line: ids are unique, every {@code from} names a station, no
 * station feeds two others, there are no cycles, and every station's output reaches the end of line.
 * Branches (anode, cathode, separator) may meet at an assembly station; they may not split.
 */
final class RoutingCheck {
    private final YamlDocument doc;
    private final Scenario scenario;
    private final List<Problem> problems = new ArrayList<>();

    RoutingCheck(YamlDocument doc, Scenario scenario) {
        this.doc = doc;
        this.scenario = scenario;
    }

    List<Problem> check() {
        List<StationSpec> stations = scenario.stations();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            String id = stations.get(i).id();
            Integer earlier = index.putIfAbsent(id, i);
            if (earlier != null) {
                error("/stations/" + i + "/id", "duplicate station id '" + id + "' (already used by stations["
                        + earlier + "]; expected unique ids)");
            }
        }
        Map<String, String> feeds = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            StationSpec s = stations.get(i);
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < s.from().size(); k++) {
                String up = s.from().get(k);
                String at = fromPointer(i, k);
                if (!index.containsKey(up)) {
                    error(at, "unknown station '" + up + "'" + Suggestions.hint(up, index.keySet())
                            + " (expected the id of a station in this file)");
                } else if (up.equals(s.id())) {
                    error(at, "station '" + up + "' cannot feed itself");
                } else if (!seen.add(up)) {
                    error(at, "station '" + up + "' is listed twice");
                } else {
                    String other = feeds.putIfAbsent(up, s.id());
                    if (other != null) {
                        error(at, "station '" + up + "' already feeds '" + other
                                + "' (expected each station to feed one downstream station)");
                    }
                }
            }
        }
        for (int i = 0; i < stations.size(); i++) {
            StationSpec s = stations.get(i);
            if (s.isSource() && s.machines() == StationSpec.UNLIMITED) {
                error("/stations/" + i + "/id", "station '" + s.id() + "' is fed from raw material, so its capacity must be"
                        + " limited (expected a number of positions, was unlimited)");
            }
        }
        if (problems.isEmpty()) {
            checkCycles(index);
        }
        if (problems.isEmpty()) {
            List<String> ends = stations.stream().map(StationSpec::id).filter(id -> !feeds.containsKey(id)).toList();
            String end = ends.get(ends.size() - 1);
            for (String dead : ends.subList(0, ends.size() - 1)) {
                error("/stations/" + index.get(dead) + "/id", "the output of station '" + dead
                        + "' goes nowhere: it cannot reach the end of line '" + end
                        + "' (expected it in the 'from' list of a downstream station)");
            }
        }
        checkMaintenance(index);
        return problems;
    }

    private void checkCycles(Map<String, Integer> index) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (StationSpec s : scenario.stations()) {
            visit(s.id(), index, state, new ArrayList<>());
        }
    }

    private void visit(String id, Map<String, Integer> index, Map<String, Integer> state, List<String> path) {
        Integer st = state.get(id);
        if (st != null && st == 2) {
            return;
        }
        if (st != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            int i = index.get(id);
            error("/stations/" + i + "/from", "routing cycle " + String.join(" <- ", cycle)
                    + " (expected material to flow one way, from raw material to the end of line)");
            state.put(id, 2);
            return;
        }
        state.put(id, 1);
        path.add(id);
        for (String up : scenario.stations().get(index.get(id)).from()) {
            visit(up, index, state, path);
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }

    private void checkMaintenance(Map<String, Integer> index) {
        List<MaintenanceWindow> windows = scenario.calendar().maintenance();
        for (int w = 0; w < windows.size(); w++) {
            MaintenanceWindow window = windows.get(w);
            for (int k = 0; k < window.stations().size(); k++) {
                String id = window.stations().get(k);
                if (!index.containsKey(id)) {
                    error("/calendar/maintenance/" + w + "/stations/" + k, "unknown station '" + id + "'"
                            + Suggestions.hint(id, index.keySet()) + " (expected the id of a station in this file)");
                }
            }
            if (window.start() >= scenario.run().horizon()) {
                error("/calendar/maintenance/" + w + "/start", "window starts at " + Quantities.formatHours(window.start())
                        + ", after the horizon " + Quantities.formatHours(scenario.run().horizon())
                        + " (expected a start within the run)");
            }
        }
    }

    private String fromPointer(int station, int k) {
        String explicit = "/stations/" + station + "/from/" + k;
        return doc.valueLocations().containsKey(explicit) ? explicit : "/stations/" + station;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), YamlDocument.readablePath(pointer), message));
    }
}
