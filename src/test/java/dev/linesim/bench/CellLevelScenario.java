package dev.linesim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.input.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a line scenario modelled cell by cell, for the benchmark: every station moves units of one cell. A station
 * whose unit held c cells keeps its machines, each taking 1/c of the time per cell; a batch station takes c times the
 * batch; a delay stage or a rack of over 100 places gets c times the places, each holding a cell as long as a unit;
 * buffers hold c times the units. The line makes the same cells per hour with about c times the events. A price per machine becomes the price of the whole station (the
 * capex is not what this measures). Usage: {@code CellLevelScenario IN.yaml OUT.yaml}.
 */
public final class CellLevelScenario {
    private CellLevelScenario() {
    }

    /** Above this many machines a station is taken to be places in a rack (formation), not machines in a row. */
    private static final int POSITIONS = 100;

    /** A process time divided by {@code c}, as YAML. */
    private static String per(Distribution d, long c) {
        if (d instanceof Distribution.Constant k) {
            return String.format(Locale.ROOT, "%.9g h", k.value() / c);
        }
        if (d instanceof Distribution.Lognormal l) {
            return String.format(Locale.ROOT, "{dist: lognormal, mean: %.9g h, cv: %s}", l.mean() / c, l.cv());
        }
        if (d instanceof Distribution.Exponential e) {
            return String.format(Locale.ROOT, "{dist: exponential, mean: %.9g h}", e.mean() / c);
        }
        throw new IllegalArgumentException("cannot divide " + d.describe() + " (add its case here)");
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        ObjectNode root = (ObjectNode) yaml.readTree(in.toFile());
        var scenario = ScenarioLoader.open(in).scenario();
        root.put("name", scenario.name() + "-cell-level");
        for (JsonNode node : root.path("stations")) {
            ObjectNode s = (ObjectNode) node;
            StationSpec spec = scenario.stations().stream().filter(x -> x.id().equals(s.path("id").asText())).findFirst()
                    .orElseThrow();
            long c = spec.cellsPerUnit();
            s.remove("electrode_per_unit");
            s.put("cells_per_unit", 1);
            s.put("unit", "cell");
            if (c == 1) {
                continue;
            }
            if (s.has("batch")) {
                ObjectNode b = (ObjectNode) s.get("batch");
                b.put("size", b.path("size").asLong() * c);
                if (b.has("min")) {
                    b.put("min", b.path("min").asLong() * c);
                }
            } else if (spec.isDelay() || spec.machines() > POSITIONS) {
                if (s.has("machines")) { // racks and rooms: c places per former place, the same time each
                    s.put("machines", s.path("machines").asLong() * c);
                } else if (s.has("capacity")) {
                    s.put("capacity", s.path("capacity").asLong() * c);
                }
            } else { // a machine working unit after unit: the same machines, each cell taking 1/c of the time
                s.set("process_time", yaml.readTree(per(spec.processTime(), c)));
            }
            if (s.has("buffer")) {
                s.put("buffer", s.path("buffer").asLong() * c);
            }
            if (s.path("capex").has("machine_price")) { // same equipment, now counted in positions: price it whole
                ObjectNode capex = (ObjectNode) s.get("capex");
                capex.set("cost", capex.remove("machine_price"));
            }
        }
        Files.writeString(Path.of(args[1]), yaml.writeValueAsString(root));
    }
}
