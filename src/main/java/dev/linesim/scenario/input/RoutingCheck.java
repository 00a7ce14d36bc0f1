package dev.linesim.scenario.input;

import dev.linesim.scenario.MaintenanceWindow;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the stations form one line: ids are unique, every {@code from} names a station, there are no cycles
 * but declared rework edges ({@code returns_to}, back to an earlier station, with an unlimited buffer on the loop),
 * and every station's output reaches the end of line. Branches (anode, cathode, separator) may meet at an assembly
 * station; a station feeds several only by a declared rule: {@code split} shares, or an inspection's
 * {@code caught_to}.
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
        Map<String, List<String>> takers = new HashMap<>(); // station id -> the stations listing it in 'from'
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
                    takers.computeIfAbsent(up, x -> new ArrayList<>()).add(s.id());
                }
            }
        }
        if (problems.isEmpty()) {
            for (int i = 0; i < stations.size(); i++) {
                new Outlets(stations.get(i), i, takers, index).check();
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
            checkReworkLoops(index);
        }
        if (problems.isEmpty()) {
            List<String> grading = stations.stream().filter(s -> s.kind() instanceof StationKind.Grading)
                    .map(StationSpec::id).toList();
            for (String extra : grading.subList(0, Math.max(0, grading.size() - 1))) {
                error("/stations/" + index.get(extra) + "/type", "a line has one grading station, its end (expected"
                        + " one grading station, found " + describe(grading) + ")");
            }
            List<String> ends = stations.stream().filter(s -> s.flow().returnsTo().isEmpty()).map(StationSpec::id)
                    .filter(id -> !takers.containsKey(id) && !grading.contains(id)).toList();
            String end = grading.isEmpty() ? ends.get(ends.size() - 1) : grading.get(grading.size() - 1);
            for (String dead : ends) {
                if (dead.equals(end)) {
                    continue;
                }
                error("/stations/" + index.get(dead) + "/id", "the output of station '" + dead
                        + "' goes nowhere: it cannot reach the end of line '" + end
                        + "' (expected it in the 'from' list of a downstream station)");
            }
        }
        checkMaintenance(index);
        return problems;
    }

    /** Where one station's output goes: one taker, or several by a declared rule (split, caught cells), or back. */
    private final class Outlets {
        private final StationSpec s;
        private final String at;
        private final List<String> takers;
        private final Map<String, List<String>> allTakers;
        private final Map<String, Integer> index;

        Outlets(StationSpec s, int i, Map<String, List<String>> allTakers, Map<String, Integer> index) {
            this.s = s;
            this.at = "/stations/" + i;
            this.takers = allTakers.getOrDefault(s.id(), List.of());
            this.allTakers = allTakers;
            this.index = index;
        }

        void check() {
            Map<String, Double> split = s.flow().split();
            java.util.Optional<String> caughtTo = s.kind() instanceof StationKind.Inspection in ? in.caughtTo()
                    : java.util.Optional.empty();
            if (s.kind() instanceof StationKind.Grading g) {
                grades(g);
            } else if (s.flow().returnsTo().isPresent()) {
                returns(s.flow().returnsTo().get());
            } else if (!split.isEmpty()) {
                if (caughtTo.isPresent()) {
                    error(at + "/split", "station '" + s.id() + "' sends caught cells to '" + caughtTo.get() + "', so its"
                            + " output cannot also be split (expected split or caught_to, not both)");
                }
                for (String id : split.keySet()) {
                    if (!takers.contains(id)) {
                        error(at + "/split/" + id, "station '" + id + "'" + (index.containsKey(id) ? " does not list '"
                                + s.id() + "' in its from" : " is unknown" + Suggestions.hint(id, index.keySet()))
                                + " (expected a station taking this one's output: " + describe(takers) + ")");
                    }
                }
                for (String id : takers) {
                    if (!split.containsKey(id)) {
                        error(at + "/split", "station '" + id + "' takes output from '" + s.id() + "' but has no share"
                                + " (expected a share for each of " + describe(takers) + ")");
                    }
                }
            } else if (caughtTo.isPresent()) {
                String rework = caughtTo.get();
                if (!takers.contains(rework)) {
                    error(at + "/caught_to", "station '" + rework + "'" + (index.containsKey(rework) ? " does not list '"
                            + s.id() + "' in its from" : " is unknown" + Suggestions.hint(rework, index.keySet()))
                            + " (expected the station that takes the caught cells, with '" + s.id() + "' in its from)");
                } else if (takers.size() != 2) {
                    error(at + "/caught_to", "station '" + s.id() + "' feeds " + describe(takers) + " (expected two: '"
                            + rework + "' for caught cells and one station for the cells that pass)");
                }
            } else if (takers.size() > 1) {
                error(at + "/id", "station '" + s.id() + "' feeds " + describe(takers) + " (expected one downstream"
                        + " station, or a rule for several: split with a share for each, or caught_to on an inspection)");
            }
        }

        /**
         * A grading station ends the line: its grades leave it, or go on by grade to the stations that take its output
         * (re-aging, re-test), one grade or more each; at least one grade leaves.
         */
        private void grades(StationKind.Grading g) {
            if (s.flow().returnsTo().isPresent() || !s.flow().split().isEmpty()) {
                error(at + "/type", "grading station '" + s.id() + "' sends its cells on by grade (expected 'to' on a"
                        + " grade instead of " + (s.flow().split().isEmpty() ? "returns_to" : "split") + ")");
                return;
            }
            Set<String> sent = new HashSet<>();
            for (int k = 0; k < g.grades().size(); k++) {
                java.util.Optional<String> to = g.grades().get(k).to();
                if (to.isEmpty()) {
                    continue;
                }
                sent.add(to.get());
                if (!takers.contains(to.get())) {
                    error(at + "/grades/" + k + "/to", "station '" + to.get() + "'" + (index.containsKey(to.get())
                            ? " does not list '" + s.id() + "' in its from" : " is unknown" + Suggestions.hint(to.get(),
                            index.keySet())) + " (expected the station that takes this grade, with '" + s.id()
                            + "' in its from)");
                }
            }
            for (String t : takers) {
                if (!sent.contains(t)) {
                    error(at + "/grades", "station '" + t + "' takes output from grading station '" + s.id() + "', but no"
                            + " grade is sent to it (expected a grade with to: " + t + ")");
                }
            }
            if (!g.grades().isEmpty() && g.grades().stream().allMatch(x -> x.to().isPresent())) {
                error(at + "/grades", "every grade is sent on, so no cell would leave the line (expected at least one"
                        + " grade without 'to')");
            }
        }

        private void returns(String target) {
            String key = at + "/returns_to";
            if (!takers.isEmpty()) {
                error(key, "station '" + s.id() + "' returns its cells to '" + target + "', so " + describe(takers)
                        + " cannot take its output (expected '" + s.id() + "' in no from list)");
            } else if (!index.containsKey(target)) {
                error(key, "unknown station '" + target + "'" + Suggestions.hint(target, index.keySet())
                        + " (expected the id of an earlier station on the loop)");
            } else if (target.equals(s.id())) {
                error(key, "station '" + target + "' cannot return cells to itself (expected an earlier station)");
            } else if (scenario.stations().get(index.get(target)).isSource()) {
                error(key, "station '" + target + "' is fed from raw material and has no input buffer for returns"
                        + " (expected a station with a from list)");
            } else if (!upstream(s.id(), index).contains(target)) {
                error(key, "station '" + target + "' is not upstream of '" + s.id() + "' (expected a declared rework edge"
                        + " back to an earlier station whose output reaches '" + s.id() + "')");
            } else if (!passesToEnd(target)) {
                error(key, "cells returned to '" + target + "' can leave the loop only by being caught again, and"
                        + " repaired cells are not: the line would never drain (expected a way from '" + target
                        + "' to the end of line for cells that pass its inspections)");
            }
        }

        /** Whether cells that pass every inspection can go from {@code id} to the end of line (not back on a rework edge). */
        private boolean passesToEnd(String id) {
            Set<String> seen = new HashSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
            while (!todo.isEmpty()) {
                StationSpec t = scenario.stations().get(index.get(todo.poll()));
                List<String> next = allTakers.getOrDefault(t.id(), List.of());
                if (t.kind() instanceof StationKind.Grading || next.isEmpty() && t.flow().returnsTo().isEmpty()) {
                    return true; // grading, or the last station: cells leave the line here
                }
                java.util.Optional<String> caught = t.kind() instanceof StationKind.Inspection in ? in.caughtTo()
                        : java.util.Optional.empty();
                for (String n : next) {
                    if (!caught.equals(java.util.Optional.of(n)) && seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            return false;
        }
    }

    private static String describe(List<String> ids) {
        return ids.isEmpty() ? "no station" : "'" + String.join("', '", ids) + "'";
    }

    /** Every station whose output reaches {@code id} through 'from' lists. */
    private Set<String> upstream(String id, Map<String, Integer> index) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            for (String up : scenario.stations().get(index.get(todo.poll())).from()) {
                if (seen.add(up)) {
                    todo.add(up);
                }
            }
        }
        return seen;
    }

    /**
     * A rework loop of finite buffers can lock up for good (each station waiting for room in the next), so one
     * station on each loop needs an unlimited buffer.
     */
    private void checkReworkLoops(Map<String, Integer> index) {
        for (StationSpec s : scenario.stations()) {
            if (s.flow().returnsTo().isEmpty()) {
                continue;
            }
            String target = s.flow().returnsTo().get();
            List<String> loop = new ArrayList<>();
            for (StationSpec t : scenario.stations()) {
                boolean between = t.id().equals(target) || t.id().equals(s.id())
                        || (upstream(t.id(), index).contains(target) && upstream(s.id(), index).contains(t.id()));
                if (between) {
                    loop.add(t.id());
                }
            }
            boolean unlimited = loop.stream().anyMatch(id -> scenario.stations().get(index.get(id)).buffer()
                    == StationSpec.UNLIMITED);
            if (!unlimited) {
                error("/stations/" + index.get(s.id()) + "/returns_to", "the rework loop " + describe(loop)
                        + " has only finite buffers, so it can lock up (expected buffer: unlimited on one of them, e.g. '"
                        + s.id() + "')");
            }
        }
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
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
