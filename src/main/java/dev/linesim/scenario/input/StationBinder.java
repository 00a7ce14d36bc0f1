package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.ElectrodeAmount;
import dev.linesim.scenario.FailureModel;
import dev.linesim.scenario.Flow;
import dev.linesim.scenario.Operations;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Product;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationKinds;
import dev.linesim.scenario.StationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Binds one station: what every station has, its kind and the keys that belong to that kind (inspection, grading,
 * rack, added kinds), its flow (defects, split, rework edge, merge), batch rule, cells per unit from the cell design,
 * operators and power. Reports into the scenario's problems; routing between stations is checked later, by
 * {@link RoutingCheck}.
 */
final class StationBinder {
    private final YamlDocument doc;
    private final List<Problem> problems;
    private final EconomicsBinder money;
    private final DistributionBinder durations;
    /** The cell made: electrode stations count their cells from its design. */
    private final Product product;

    StationBinder(YamlDocument doc, List<Problem> problems, EconomicsBinder money, DistributionBinder durations,
                  Product product) {
        this.doc = doc;
        this.problems = problems;
        this.money = money;
        this.durations = durations;
        this.product = product;
    }

    StationSpec station(String at, String previousId) {
        JsonNode s = doc.root().at(at);
        String id = s.path("id").asText();
        String type = s.path("type").asText("process");
        boolean delay = "delay".equals(type);
        List<String> from = new ArrayList<>();
        if (s.has("from")) {
            s.get("from").forEach(f -> from.add(f.asText()));
        } else if (previousId != null) {
            from.add(previousId);
        }
        int buffer = count(s.path("buffer"));
        double scrap = s.path("scrap").asDouble(0);
        long cellsPerUnit = cellsPerUnit(at);
        String unit = s.path("unit").asText("cell");
        String name = s.path("name").asText(id);
        if (delay) {
            Distribution duration = durations.distribution(at + "/duration", false);
            if (s.path("capex").has("base_cost") && !s.path("capacity").isInt()) {
                error(at + "/capex", "a scaled capex needs a design rate, and an unlimited delay stage has none"
                        + " (expected a capacity, or capex as cost or machine_price)");
            }
            if (s.path("capex").has("machine_price") && !s.path("capacity").isInt()) {
                error(at + "/capex/machine_price", "a price per position needs a number of positions, and this delay stage"
                        + " has unlimited capacity (expected a capacity, or capex as cost for the whole stage)");
            }
            return new StationSpec(id, name, new StationKind.Delay(count(s.path("capacity")), duration), unit, cellsPerUnit,
                    buffer, scrap, from, s.path("calendar").asBoolean(false), money.capex(at + "/capex"), operations(at),
                    flow(at));
        }
        Distribution processTime = durations.distribution(at + "/process_time", false);
        Optional<FailureModel> failures = Optional.empty();
        if (s.has("failures")) {
            JsonNode crew = s.path("failures").path("repair_crew");
            failures = Optional.of(new FailureModel(durations.distribution(at + "/failures/mtbf", true),
                    durations.distribution(at + "/failures/mttr", true),
                    crew.isTextual() ? Optional.of(crew.asText()) : Optional.empty()));
        }
        BatchRule batch = batch(at + "/batch");
        if (buffer == 0 && from.size() > 1 && !s.path("merge").asBoolean(false)) {
            error(at + "/buffer", "an assembly station cannot take its inputs hand to hand: each input must wait for"
                    + " the others (expected a buffer of at least 1)");
        } else if (buffer != StationSpec.UNLIMITED && batch.min() > Math.max(buffer, 1)) {
            error(at + (s.path("batch").has("min") ? "/batch/min" : "/batch/size"), "a job needs at least " + batch.min()
                    + " units, but the input buffer holds " + buffer + " (expected a buffer of at least " + batch.min()
                    + ", or a smaller batch or min)");
        }
        kindKeys(at, type);
        StationKind.Process machines = new StationKind.Process(s.path("machines").asInt(1), batch, processTime, failures);
        StationKind kind = switch (type) {
            case "process" -> machines;
            case "inspection" -> new StationKind.Inspection(machines, s.path("detection").asDouble(),
                    text(s.path("caught_to")));
            case "grading" -> new StationKind.Grading(machines, s.path("detection").asDouble(0), grades(at + "/grades"));
            case "rack" -> new StationKind.Rack(machines, durations.distribution(at + "/load", false),
                    durations.distribution(at + "/unload", false), s.path("loaders").asInt(1));
            default -> added(at, type, machines);
        };
        return new StationSpec(id, name, kind, unit, cellsPerUnit, buffer, scrap, from, s.path("calendar").asBoolean(true),
                money.capex(at + "/capex"), operations(at), flow(at));
    }

    /** A station of a kind added with {@link StationKinds#register}, bound from its parameters; or a problem. */
    private StationKind added(String at, String type, StationKind.Process machines) {
        Optional<StationKinds.Binder> binder = StationKinds.added(type);
        if (binder.isEmpty()) {
            error(at + "/type", "unknown station type '" + type + "'" + Suggestions.hint(type, StationKinds.keys())
                    + " (expected one of " + String.join(", ", StationKinds.keys()) + ")");
            return machines;
        }
        JsonNode parameters = doc.root().at(at).path("parameters");
        try {
            return binder.get().bind(machines, parameters.isMissingNode()
                    ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : parameters);
        } catch (IllegalArgumentException e) {
            error(at + (parameters.isMissingNode() ? "" : "/parameters"), "station type '" + type + "': " + e.getMessage());
            return machines;
        }
    }

    /** Keys that belong to one kind of machine station: present only there, and there when required. */
    private void kindKeys(String at, String type) {
        JsonNode s = doc.root().at(at);
        String[][] keys = {{"detection", "inspection", "grading"}, {"caught_to", "inspection"}, {"grades", "grading"},
            {"load", "rack"}, {"unload", "rack"}, {"loaders", "rack"}};
        for (String[] k : keys) {
            List<String> kinds = List.of(k).subList(1, k.length);
            if (s.has(k[0]) && !kinds.contains(type)) {
                error(at + "/" + k[0], "'" + k[0] + "' belongs to " + String.join(" or ", kinds) + " stations (expected"
                        + " type: " + String.join(" or type: ", kinds) + ", or no '" + k[0] + "' on a " + type + " station)");
            }
        }
        if (s.has("parameters") && StationKinds.BUILT_IN.contains(type)) {
            error(at + "/parameters", "'parameters' belongs to stations of an added kind (expected no 'parameters' on a "
                    + type + " station)");
        }
        if (type.equals("inspection") && !s.has("detection")) {
            error(at, "an inspection station needs 'detection': the share of defective cells it catches");
        }
        if (type.equals("rack") && !(s.has("load") && s.has("unload"))) {
            error(at, "a rack station needs 'load' and 'unload': the times a loader takes to load and unload a rack");
        }
        if (type.equals("grading") && !s.has("grades")) {
            error(at, "a grading station needs 'grades': names and shares of the grades it sorts cells into");
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** Defects made, a split of the output, or a rework edge; each checked against the routing later. */
    private Flow flow(String at) {
        JsonNode s = doc.root().at(at);
        java.util.Map<String, Double> split = new java.util.LinkedHashMap<>();
        s.path("split").fields().forEachRemaining(e -> split.put(e.getKey(), e.getValue().asDouble()));
        if (!split.isEmpty()) {
            double sum = split.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                error(at + "/split", "the shares add up to " + Quantities.formatShare(sum) + " (expected 1: every cell"
                        + " goes to one of the stations)");
            }
        }
        boolean merge = s.path("merge").asBoolean(false);
        if (merge && s.path("from").size() < 2) {
            error(at + "/merge", "a merge joins several inputs (expected at least two stations in 'from')");
        }
        return new Flow(s.path("defects").asDouble(0), split, text(s.path("returns_to")), merge);
    }

    /** The grades of a grading station: names unique, shares adding up to 1. */
    private List<StationKind.Grade> grades(String at) {
        List<StationKind.Grade> grades = new ArrayList<>();
        JsonNode list = doc.root().at(at);
        java.util.Set<String> names = new java.util.HashSet<>();
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode g = list.get(i);
            String name = g.path("name").asText();
            if (!names.add(name)) {
                error(at + "/" + i + "/name", "grade '" + name + "' is listed twice (expected unique grade names)");
            }
            sum += g.path("share").asDouble();
            if (g.has("to") && g.has("price_per_kwh")) {
                error(at + "/" + i + "/price_per_kwh", "grade '" + name + "' is sent on to '" + g.path("to").asText()
                        + "', not sold (expected no price_per_kwh on a grade with 'to')");
            }
            grades.add(new StationKind.Grade(name, g.path("share").asDouble(), money.money(at + "/" + i + "/price_per_kwh"),
                    text(g.path("to"))));
        }
        if (!list.isEmpty() && Math.abs(sum - 1) > 1e-9) {
            error(at, "the grades' shares add up to " + Quantities.formatShare(sum) + " (expected 1: every good cell gets"
                    + " a grade)");
        }
        return grades;
    }

    /** Cells one unit becomes: as written, or from the electrode it holds and the cell design. */
    private long cellsPerUnit(String at) {
        JsonNode s = doc.root().at(at);
        if (!s.has("electrode_per_unit")) {
            return s.path("cells_per_unit").asLong(1);
        }
        String key = at + "/electrode_per_unit";
        if (s.has("cells_per_unit")) {
            error(key, "cells per unit are given twice (expected cells_per_unit or electrode_per_unit, not both)");
            return 1;
        }
        Optional<ElectrodeAmount> amount = ElectrodeAmount.parse(s.get("electrode_per_unit").asText());
        if (amount.isEmpty()) {
            error(key, "expected " + ElectrodeAmount.FORMS + ", was " + s.get("electrode_per_unit").asText());
            return 1;
        }
        if (amount.get().isArea() && product.electrode().isEmpty()) {
            error(key, "an electrode area needs the cell's electrode design (expected product.electrode with"
                    + " areal_capacity, or cells_per_unit)");
            return 1;
        }
        double cells = amount.get().cellsFor(product);
        if (Double.isNaN(cells)) {
            return 1; // the product's own problem is reported there
        }
        if (cells < 1) {
            error(key, "one unit holds less electrode than one cell needs (expected at least one cell's worth)");
            return 1;
        }
        return (long) cells;
    }

    /** Operators per machine and per station, and power busy and idle (kW), each 0 when not given. */
    private Operations operations(String at) {
        JsonNode s = doc.root().at(at);
        return new Operations(s.path("operators").asDouble(0), s.path("crew").asDouble(0), kw(at + "/power/busy"),
                kw(at + "/power/idle"));
    }

    private double kw(String pointer) {
        JsonNode v = doc.root().at(pointer);
        if (v.isMissingNode()) {
            return 0;
        }
        OptionalDouble kw = Quantities.number(v.asText(), "kW");
        if (kw.isPresent()) {
            return kw.getAsDouble();
        }
        return Quantities.number(v.asText(), "MW").orElse(Double.NaN) * 1000;
    }

    private static int count(JsonNode n) {
        return n.isInt() ? n.asInt() : StationSpec.UNLIMITED;
    }

    private BatchRule batch(String at) {
        JsonNode b = doc.root().at(at);
        if (b.isMissingNode()) {
            return BatchRule.SINGLE;
        }
        int size = b.path("size").asInt(1);
        int min = b.path("min").asInt(size);
        if (min > size) {
            error(at + "/min", "expected min <= size (" + size + "), was " + min);
        }
        double maxWait = b.has("max_wait") ? durations.hours(at + "/max_wait") : Double.POSITIVE_INFINITY;
        if (min < size && !b.has("max_wait")) {
            error(at, "min " + min + " below size " + size + " needs max_wait (expected how long to wait before a partial batch starts)");
        }
        return new BatchRule(size, min, maxWait);
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
