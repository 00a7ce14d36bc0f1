package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linesim.scenario.input.SchemaCheck;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The table of distributions and their parameters agrees with what the schema accepts and says. */
class DistributionKindTest {

    /** The schema's distribution mapping: the alternative of {@code $defs/distribution} with a {@code dist} key. */
    private static JsonNode mapping() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SchemaCheck.schemaText());
        for (JsonNode alternative : schema.at("/$defs/distribution/oneOf")) {
            if (alternative.at("/properties/dist").isObject()) {
                return alternative.get("properties");
            }
        }
        throw new AssertionError("no distribution mapping in the schema");
    }

    @Test
    void theSchemaNamesTheSameDistributions() throws Exception {
        List<String> schema = new ArrayList<>();
        mapping().at("/dist/enum").forEach(n -> schema.add(n.asText()));
        assertEquals(Arrays.stream(DistributionKind.values()).map(DistributionKind::key).toList(), schema);
    }

    @Test
    void eachParameterIsDescribedForTheDistributionsThatTakeIt() throws Exception {
        // a parameter's description starts with the distributions that take it: "exponential, lognormal: the mean"
        Map<String, TreeSet<String>> described = new TreeMap<>();
        mapping().fields().forEachRemaining(e -> {
            if (!e.getKey().equals("dist")) {
                String users = e.getValue().path("description").asText().split(":")[0];
                described.put(e.getKey(), new TreeSet<>(Arrays.asList(users.split(",\\s*"))));
            }
        });
        Map<String, TreeSet<String>> table = new TreeMap<>();
        for (DistributionKind kind : DistributionKind.values()) {
            kind.parameters().forEach(p -> table.computeIfAbsent(p, k -> new TreeSet<>()).add(kind.key()));
        }
        assertEquals(table, described);
    }
}
