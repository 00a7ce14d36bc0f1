package dev.linesim.scenario.retrofit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.input.Suggestions;
import dev.linesim.scenario.input.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The station list of a line while a plan edits it. Routing is made explicit first (every station lists
 * its {@code from}), so adding, replacing and removing stations only rewires ids. Each station and each
 * key set by a plan remembers the file and place it came from, for problems found later.
 */
final class StationEdits {
    /** Where a piece of the resolved document was written. */
    record Origin(YamlDocument doc, String pointer) {
        Location at(String suffix) {
            return doc.valueAt(pointer + suffix).in(doc.file());
        }
    }

    /** One station: its YAML mapping, where it was defined, and keys set elsewhere. */
    static final class Entry {
        final ObjectNode node;
        final Origin origin;
        final Map<String, Origin> keyOrigins = new LinkedHashMap<>();

        Entry(ObjectNode node, Origin origin) {
            this.node = node;
            this.origin = origin;
        }

        String id() {
            return node.path("id").asText();
        }

        List<String> from() {
            List<String> ids = new ArrayList<>();
            node.path("from").forEach(f -> ids.add(f.asText()));
            return ids;
        }

        void setFrom(List<String> ids) {
            ArrayNode a = node.putArray("from");
            ids.forEach(a::add);
        }
    }

    final List<Entry> entries = new ArrayList<>();
    /** Stations replaced (old id to new id) or removed (old id to null), for other references to follow. */
    final Map<String, String> replacedBy = new LinkedHashMap<>();
    private final YamlDocument plan;
    private final List<Problem> problems;

    StationEdits(YamlDocument plan, List<Problem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /** Copies a line's stations, writing out each implicit {@code from}. */
    void load(JsonNode stations, java.util.function.IntFunction<Origin> originOf) {
        String previous = null;
        for (int i = 0; i < stations.size(); i++) {
            ObjectNode node = stations.get(i).deepCopy();
            Entry e = new Entry(node, originOf.apply(i));
            if (!node.has("from")) {
                e.setFrom(previous == null ? List.of() : List.of(previous));
            }
            entries.add(e);
            previous = e.id();
        }
    }

    Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private List<Entry> downstreamOf(String id) {
        return entries.stream().filter(e -> e.from().contains(id)).toList();
    }

    /** Applies change {@code i} of the plan. */
    void apply(int i) {
        String at = "/changes/" + i;
        JsonNode c = plan.root().at(at);
        List<String> actions = new ArrayList<>();
        for (String a : List.of("add", "replace", "modify", "remove")) {
            if (c.has(a)) {
                actions.add(a);
            }
        }
        if (actions.size() != 1) {
            error(at, "expected exactly one of add, replace, modify or remove, found " + (actions.isEmpty() ? "none" : String.join(", ", actions)));
            return;
        }
        switch (actions.get(0)) {
            case "add" -> add(at, c);
            case "replace" -> replace(at, c);
            case "modify" -> modify(at, c);
            default -> remove(at, c);
        }
    }

    private void add(String at, JsonNode c) {
        ObjectNode node = ((ObjectNode) c.get("add")).deepCopy();
        String id = node.path("id").asText();
        if (find(id).isPresent()) {
            error(at + "/add/id", "station id '" + id + "' is already taken (expected a new id)");
            return;
        }
        List<String> places = new ArrayList<>();
        for (String p : List.of("after", "before", "into", "beside")) {
            if (c.has(p)) {
                places.add(p);
            }
        }
        if (places.size() != 1) {
            error(at, "say where the station goes: exactly one of after, before, into or beside (found "
                    + (places.isEmpty() ? "none" : String.join(", ", places)) + ")");
            return;
        }
        String place = places.get(0);
        Optional<Entry> target = existing(at + "/" + place, c.get(place).asText());
        if (target.isEmpty()) {
            return;
        }
        Entry t = target.get();
        Entry added = new Entry(node, new Origin(plan, at + "/add"));
        int index = entries.indexOf(t);
        switch (place) {
            case "beside" -> { // a side station (rework, a split branch): its own inputs, nothing rewired
                if (!node.has("from")) {
                    error(at + "/add", "a station added beside '" + t.id() + "' needs its own 'from' (expected the"
                            + " stations that feed it, e.g. from: [" + t.id() + "])");
                    return;
                }
                entries.add(index + 1, added);
            }
            case "after" -> {
                for (Entry d : downstreamOf(t.id())) {
                    d.setFrom(d.from().stream().map(f -> f.equals(t.id()) ? id : f).toList());
                }
                if (!node.has("from")) {
                    added.setFrom(List.of(t.id()));
                }
                entries.add(index + 1, added);
            }
            case "before" -> {
                if (t.from().size() > 1) {
                    error(at + "/before", "'" + t.id() + "' has " + t.from().size() + " inputs, so 'before' is ambiguous"
                            + " (expected 'after' one of its inputs: " + String.join(", ", t.from()) + ")");
                    return;
                }
                if (!node.has("from")) {
                    added.setFrom(t.from());
                }
                t.setFrom(List.of(id));
                entries.add(index, added);
            }
            default -> {
                if (!node.has("from")) {
                    added.setFrom(List.of());
                }
                List<String> inputs = new ArrayList<>(t.from());
                inputs.add(id);
                t.setFrom(inputs);
                entries.add(index, added);
            }
        }
    }

    private void replace(String at, JsonNode c) {
        Optional<Entry> old = existing(at + "/replace", c.get("replace").asText());
        if (old.isEmpty()) {
            return;
        }
        if (!c.has("with")) {
            error(at, "replace needs 'with': the new station");
            return;
        }
        ObjectNode node = ((ObjectNode) c.get("with")).deepCopy();
        String id = node.path("id").asText();
        Entry o = old.get();
        if (!id.equals(o.id()) && find(id).isPresent()) {
            error(at + "/with/id", "station id '" + id + "' is already taken (expected a new id)");
            return;
        }
        Entry replacement = new Entry(node, new Origin(plan, at + "/with"));
        if (!node.has("from")) {
            replacement.setFrom(o.from());
        }
        for (Entry d : downstreamOf(o.id())) {
            d.setFrom(d.from().stream().map(f -> f.equals(o.id()) ? id : f).toList());
        }
        entries.set(entries.indexOf(o), replacement);
        replacedBy.put(o.id(), id);
    }

    private void modify(String at, JsonNode c) {
        Optional<Entry> target = existing(at + "/modify", c.get("modify").asText());
        if (target.isEmpty()) {
            return;
        }
        if (!c.has("set")) {
            error(at, "modify needs 'set': the keys to change");
            return;
        }
        var fields = c.get("set").fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (f.getKey().equals("id") || f.getKey().equals("type")) {
                error(at + "/set/" + f.getKey(), "a station's " + f.getKey() + " cannot be modified (expected 'replace' to change it)");
                continue;
            }
            target.get().node.set(f.getKey(), f.getValue().deepCopy());
            target.get().keyOrigins.put(f.getKey(), new Origin(plan, at + "/set/" + f.getKey()));
        }
    }

    private void remove(String at, JsonNode c) {
        Optional<Entry> target = existing(at + "/remove", c.get("remove").asText());
        if (target.isEmpty()) {
            return;
        }
        Entry t = target.get();
        List<Entry> downstream = downstreamOf(t.id());
        if (t.from().size() != 1 && !downstream.isEmpty()) {
            boolean feedsAssembly = t.from().isEmpty() && downstream.get(0).from().size() > 1;
            if (!feedsAssembly) {
                error(at + "/remove", "routing still needs '" + t.id() + "': '" + downstream.get(0).id() + "' would be left "
                        + (t.from().isEmpty() ? "without input" : "with " + t.from().size() + " inputs joined by nothing")
                        + " (expected to remove a station with one input, or a branch feeding an assembly)");
                return;
            }
        }
        for (Entry d : downstream) {
            List<String> inputs = new ArrayList<>();
            for (String f : d.from()) {
                if (f.equals(t.id())) {
                    inputs.addAll(t.from());
                } else {
                    inputs.add(f);
                }
            }
            d.setFrom(inputs);
        }
        entries.remove(t);
        replacedBy.put(t.id(), null);
    }

    private Optional<Entry> existing(String pointer, String id) {
        Optional<Entry> e = find(id);
        if (e.isEmpty()) {
            error(pointer, "unknown station '" + id + "'" + Suggestions.hint(id, entries.stream().map(Entry::id).toList())
                    + " (expected a station of the line being converted)");
        }
        return e;
    }

    /** The stations as a YAML list, with the origin of every station and key by resolved pointer. */
    ArrayNode toYaml(Map<String, Origin> origins) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            list.add(e.node);
            origins.put("/stations/" + i, e.origin);
            for (Map.Entry<String, Origin> k : e.keyOrigins.entrySet()) {
                origins.put("/stations/" + i + "/" + k.getKey(), k.getValue());
            }
        }
        return list;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(plan.file(), plan.valueAt(pointer), plan.path(pointer), message));
    }
}
