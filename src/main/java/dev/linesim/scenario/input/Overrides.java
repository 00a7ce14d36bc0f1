package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line overrides of scenario and plan keys, {@code --set PATH=VALUE}. PATH is a dotted key path;
 * an item of a list is named by its {@code id} (stations) or by its 0-based index. VALUE is written as in the
 * file ({@code 9}, {@code "5 h"}, {@code {dist: lognormal, mean: 5 h, cv: 0.1}}). The value replaces what the file
 * says, and the whole document is then checked as if the value were written there: a problem in it is reported
 * at the override ({@code --set stations.winding.machines=0: error: stations.winding.machines: ...}).
 */
public final class Overrides {
    /** Sections of a plan that are its own; the others apply to the line the plan resolves to. */
    static final Set<String> PLAN_SECTIONS = Set.of("name", "description", "base", "changes", "equipment", "conversion");

    private Overrides() {
    }

    /**
     * One {@code PATH=VALUE}.
     *
     * @param text  as written, for messages and provenance
     * @param path  the dotted key path
     * @param value the value, parsed as YAML
     */
    public record Override(String text, String path, JsonNode value) {
        /** Where problems in this override are reported. */
        public Location location() {
            return new Location(0, 0, "--set " + text);
        }

        String head() {
            int dot = path.indexOf('.');
            return dot < 0 ? path : path.substring(0, dot);
        }
    }

    /** Parses {@code PATH=VALUE} texts; malformed ones are thrown together. */
    public static List<Override> parse(List<String> texts) throws ScenarioException {
        List<Override> list = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String t : texts) {
            int eq = t.indexOf('=');
            String path = eq < 0 ? "" : t.substring(0, eq).strip();
            JsonNode value = eq < 0 ? null : YamlReader.value(t.substring(eq + 1).strip());
            if (eq <= 0 || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                problems.add(Problem.error("--set " + t, Location.UNKNOWN, "", "expected PATH=VALUE with a dotted key"
                        + " path, such as stations.winding.machines=9 or economics.price_per_kwh=\"90 USD\""));
            } else if (value == null || value.isMissingNode()) {
                problems.add(Problem.error("--set " + t, Location.UNKNOWN, path, "the value is not valid YAML (expected a"
                        + " number, a text such as \"5 h\", or a mapping such as {dist: lognormal, mean: 5 h, cv: 0.1})"));
            } else {
                list.add(new Override(t, path, value));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return list;
    }

    /** The overrides that address a plan's own sections, or the others. */
    public static List<Override> ofPlan(List<Override> all, boolean planSections) {
        return all.stream().filter(o -> PLAN_SECTIONS.contains(o.head()) == planSections).toList();
    }

    /** A document with the overrides applied, each value located at its override; unknown paths are thrown. */
    public static YamlDocument apply(YamlDocument doc, List<Override> overrides) throws ScenarioException {
        if (overrides.isEmpty()) {
            return doc;
        }
        ObjectNode root = doc.root().deepCopy();
        Map<String, Location> keys = new HashMap<>(doc.keyLocations());
        Map<String, Location> values = new HashMap<>(doc.valueLocations());
        List<Problem> problems = new ArrayList<>();
        for (Override o : overrides) {
            String pointer = set(root, o, problems);
            if (pointer != null) {
                keys.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
                values.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
                keys.put(pointer, o.location());
                values.put(pointer, o.location());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new YamlDocument(doc.file(), root, keys, values);
    }

    /** Sets the value in the tree (creating missing mappings on the way); returns its JSON pointer, or null on error. */
    public static String set(ObjectNode root, Override o, List<Problem> problems) {
        String[] parts = o.path().split("\\.");
        JsonNode node = root;
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (node.isArray()) {
                int index = indexOf((ArrayNode) node, part);
                if (index < 0) {
                    problems.add(Problem.error(o.location().file(), Location.UNKNOWN, YamlDocument.readablePath(root, pointer.toString()),
                            "no item '" + part + "'" + Suggestions.hint(part, ids((ArrayNode) node)) + " (expected "
                            + (ids((ArrayNode) node).isEmpty() ? "" : "an id of " + String.join(", ", ids((ArrayNode) node)) + ", or ")
                            + "an index from 0 to " + (node.size() - 1) + ")"));
                    return null;
                }
                pointer.append('/').append(index);
                if (last) {
                    ((ArrayNode) node).set(index, o.value().deepCopy());
                    return pointer.toString();
                }
                node = node.get(index);
            } else if (node.isObject()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
                if (last) {
                    ((ObjectNode) node).set(part, o.value().deepCopy());
                    return pointer.toString();
                }
                JsonNode next = node.get(part);
                if (next == null || next.isNull()) {
                    next = ((ObjectNode) node).set(part, JsonNodeFactory.instance.objectNode()).get(part);
                }
                node = next;
            } else {
                problems.add(Problem.error(o.location().file(), Location.UNKNOWN, YamlDocument.readablePath(root, pointer.toString()),
                        "is a single value, so it has no key '" + part + "' (expected the path to end here)"));
                return null;
            }
        }
        return pointer.toString();
    }

    /** The index of the item whose id is {@code part}, or the index {@code part} itself; -1 if neither. */
    private static int indexOf(ArrayNode list, String part) {
        for (int i = 0; i < list.size(); i++) {
            if (part.equals(list.get(i).path("id").asText(null))) {
                return i;
            }
        }
        if (part.chars().allMatch(Character::isDigit) && part.length() < 9) {
            int i = Integer.parseInt(part);
            return i < list.size() ? i : -1;
        }
        return -1;
    }

    private static List<String> ids(ArrayNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> {
            if (n.has("id")) {
                ids.add(n.get("id").asText());
            }
        });
        return ids;
    }
}
