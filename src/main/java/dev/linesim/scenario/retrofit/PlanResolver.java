package dev.linesim.scenario.retrofit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Product;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.input.SchemaCheck;
import dev.linesim.scenario.input.YamlDocument;
import dev.linesim.scenario.input.YamlReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a retrofit plan: loads its base (a line, or another plan, recursively), applies the plan's
 * overrides and changes to the base's document, and loads the result as an ordinary line. Problems in
 * the plan are reported in the plan file; problems the resolved line still has are traced back to the
 * file and place each part of it came from.
 */
public final class PlanResolver {
    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    private static final List<String> MERGED_SECTIONS = List.of("calendar", "run", "economics", "facility");

    /** A resolved document: its tree, and where each part came from. */
    private record Resolved(ObjectNode root, Map<String, StationEdits.Origin> origins, Scenario scenario,
                            Optional<RetrofitPlan> plan) {
    }

    private PlanResolver() {
    }

    public static boolean isPlan(YamlDocument doc) {
        return doc.root().has("base");
    }

    /** Resolves the plan in {@code doc} (already read from {@code file}). */
    public static RetrofitPlan resolve(YamlDocument doc, Path file) throws ScenarioException {
        return resolve(doc, file, List.of());
    }

    /**
     * Resolves a plan with command-line overrides: those of the plan's own sections (changes, equipment,
     * conversion) change the plan; the others change the line it resolves to (its product, economics, stations).
     */
    public static RetrofitPlan resolve(YamlDocument doc, Path file, List<Overrides.Override> overrides) throws ScenarioException {
        YamlDocument plan = Overrides.apply(doc, Overrides.ofPlan(overrides, true));
        return resolve(plan, file, new LinkedHashSet<>(), Overrides.ofPlan(overrides, false)).plan().orElseThrow();
    }

    private static Resolved load(Path file, Set<Path> chain, List<Overrides.Override> overrides) throws ScenarioException {
        YamlDocument doc = YamlReader.read(file, file.toString());
        if (isPlan(doc)) {
            return resolve(doc, file, chain, overrides);
        }
        doc = Overrides.apply(doc, overrides);
        Scenario scenario = ScenarioLoader.load(doc);
        Map<String, StationEdits.Origin> origins = new HashMap<>();
        origins.put("", new StationEdits.Origin(doc, ""));
        return new Resolved((ObjectNode) doc.root().deepCopy(), origins, scenario, Optional.empty());
    }

    private static Resolved resolve(YamlDocument plan, Path file, Set<Path> chain, List<Overrides.Override> lineOverrides)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>(SchemaCheck.check(plan));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Path self = file.toAbsolutePath().normalize();
        chain.add(self);
        Path baseFile = file.toAbsolutePath().getParent().resolve(plan.root().get("base").asText()).normalize();
        if (chain.contains(baseFile)) {
            List<String> names = new ArrayList<>();
            chain.forEach(p -> names.add(p.getFileName().toString()));
            names.add(baseFile.getFileName().toString());
            throw new ScenarioException(List.of(Problem.error(plan.file(), plan.valueAt("/base"), "base",
                    "the base chain loops: " + String.join(" -> ", names) + " (expected it to end at a line scenario)")));
        }
        if (!Files.isRegularFile(baseFile)) {
            throw new ScenarioException(List.of(Problem.error(plan.file(), plan.valueAt("/base"), "base",
                    "base file not found: " + baseFile + " (expected a path relative to this plan)")));
        }
        Resolved base = load(baseFile, chain, inherited(plan, lineOverrides, baseFile));
        chain.remove(self);

        ObjectNode root = base.root().deepCopy();
        Map<String, StationEdits.Origin> origins = new HashMap<>(base.origins());
        origins.keySet().removeIf(k -> k.startsWith("/stations"));
        root.put("name", plan.root().get("name").asText());
        origins.put("/name", new StationEdits.Origin(plan, "/name"));
        root.put("description", plan.root().path("description").asText(root.path("description").asText("")));
        for (String section : List.of("product", "repair_crews")) { // replaced whole when the plan gives them
            if (plan.root().has(section)) {
                root.set(section, plan.root().get(section).deepCopy());
                origins.put("/" + section, new StationEdits.Origin(plan, "/" + section));
            }
        }
        for (String section : MERGED_SECTIONS) {
            merge(plan, root, origins, section);
        }

        StationEdits stations = new StationEdits(plan, problems);
        JsonNode baseStations = base.root().get("stations");
        stations.load(baseStations, i -> originOf(base.origins(), "/stations/" + i));
        List<String> changes = new ArrayList<>();
        JsonNode list = plan.root().path("changes");
        for (int i = 0; i < list.size(); i++) {
            stations.apply(i);
            changes.add(describe(list.get(i)));
        }
        root.set("stations", stations.toYaml(origins));
        followReplacements(root, stations.replacedBy);
        Map<String, Fate> fates = new FateBinder(plan, problems).bind(base.scenario(), stations);
        Optional<Conversion> conversion = new ConversionBinder(plan, problems)
                .bind(base.scenario(), stations, base.scenario().run().warmup());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        for (Overrides.Override o : lineOverrides) {
            String pointer = Overrides.set(root, o, problems);
            if (pointer != null) {
                origins.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
                Location at = o.location();
                origins.put(pointer, new StationEdits.Origin(new YamlDocument(at.file(), o.value(), Map.of("", at),
                        Map.of("", at)), ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        reorder(root);
        YamlDocument resolvedDoc = located(root, origins, plan.file());
        Scenario converted = ScenarioLoader.load(resolvedDoc);
        converted = converted.withWarnings(energyWithoutElectrodes(plan, base.scenario(), converted));
        List<Problem> pricing = unpricedChanges(plan, base.scenario(), converted, stations.replacedBy.keySet());
        if (!pricing.isEmpty()) {
            throw new ScenarioException(pricing);
        }
        List<Path> sources = new ArrayList<>(List.of(file));
        sources.addAll(base.plan().map(RetrofitPlan::sources).orElse(List.of(baseFile)));
        RetrofitPlan result = new RetrofitPlan(converted.name(), base.scenario(), converted, fates, changes, conversion,
                write(root), sources, stations.replacedBy.keySet());
        return new Resolved(root, origins, converted, Optional.of(result));
    }

    /**
     * A kept station whose value the plan changes without changing its machine count (re-priced, or re-specified so a scaled
     * price changes) buys nothing and costs nothing unless its fate says how: such a change must declare one.
     */
    private static List<Problem> unpricedChanges(YamlDocument plan, Scenario before, Scenario after, Set<String> replaced) {
        List<Problem> problems = new ArrayList<>();
        JsonNode equipment = plan.root().path("equipment");
        for (StationSpec was : before.stations()) {
            Optional<StationSpec> now = after.station(was.id());
            // a different machine count explains the change of value: machines bought, or left out of the converted line
            if (now.isEmpty() || replaced.contains(was.id()) || now.get().equals(was) || equipment.has(was.id())
                    || now.get().machines() != was.machines()) {
                continue;
            }
            BigDecimal a = before.installedCost(was);
            BigDecimal b = after.installedCost(now.get());
            if (a.compareTo(b) != 0) {
                String at = plan.root().has("equipment") ? "/equipment" : "/changes";
                problems.add(Problem.error(plan.file(), plan.keyAt(at), at.substring(1), "the plan changes the value of '"
                        + was.id() + "' from " + new Money(a, before.economics().currency()).format() + " to "
                        + new Money(b, before.economics().currency()).format() + " without changing its machine count, so nothing says"
                        + " what that costs (expected equipment: {" + was.id() + ": {fate: modified, cost: ...}}, or retired)"));
            }
        }
        return problems;
    }

    /**
     * The overrides the plan's base takes too: those of an economics, calendar, run or facility key the plan does not
     * set itself. A wage or an electricity price then changes both lines of the decision, while a price the plan sets
     * for its new cell, the product and the stations (the plan's equipment) change the converted line alone.
     */
    private static List<Overrides.Override> inherited(YamlDocument plan, List<Overrides.Override> overrides, Path baseFile)
            throws ScenarioException {
        if (overrides.isEmpty()) {
            return List.of();
        }
        JsonNode base = YamlReader.read(baseFile, baseFile.toString()).root();
        List<Overrides.Override> inherited = new ArrayList<>();
        for (Overrides.Override o : overrides) {
            String[] parts = o.path().split("\\.");
            if (parts.length < 2) {
                continue;
            }
            // stations are the plan's equipment decisions; prices and settings it does not set itself are the world's
            boolean ownCrews = parts[0].equals("repair_crews") && plan.root().has("repair_crews");
            boolean inBase = !parts[0].equals("stations") && !parts[0].equals("product") && !ownCrews
                    && !plan.root().path(parts[0]).has(parts[1]);
            if (inBase) {
                inherited.add(o);
            }
        }
        return inherited;
    }

    /**
     * A cell that stores more (or less) energy needs more (or less) electrode, or a different loading, unless its
     * voltage changes: a plan that changes the energy per cell but neither the electrode area per cell nor the
     * areal capacity is doubtful.
     */
    static List<Problem> energyWithoutElectrodes(YamlDocument plan, Scenario before, Scenario after) {
        double was = before.product().whPerCell();
        double now = after.product().whPerCell();
        if (!plan.root().has("product") || Math.abs(now / was - 1) <= 0.01) {
            return List.of();
        }
        Optional<Product.Electrode> was0 = before.product().electrode();
        Optional<Product.Electrode> now0 = after.product().electrode();
        boolean same = now0.isEmpty() || was0.isPresent() && Math.abs(now0.get().areaPerCell() / was0.get().areaPerCell() - 1) <= 0.01
                && now0.get().arealCapacity() == was0.get().arealCapacity();
        if (!same) {
            return List.of();
        }
        return List.of(Problem.warning(plan.file(), plan.keyAt("/product"), "product", String.format(java.util.Locale.ROOT,
                "the energy per cell changes from %.0f to %.0f Wh (%+.0f %%) but neither the electrode area per cell nor its"
                        + " loading does, so"
                        + " the electrode line makes the new cell as fast as the old one (expected product.electrode with the"
                        + " new cell's areal_capacity, so the extra energy costs electrode throughput)", was, now,
                (now / was - 1) * 100)));
    }

    /**
     * Maintenance windows follow a replaced station to its replacement and drop a removed one; materials that
     * entered at a replaced station enter at its replacement.
     */
    private static void followReplacements(ObjectNode root, Map<String, String> replacedBy) {
        for (JsonNode item : root.path("economics").path("materials")) {
            String at = item.path("at").asText();
            if (replacedBy.get(at) != null) {
                ((ObjectNode) item).put("at", replacedBy.get(at));
            }
        }
        for (JsonNode window : root.path("calendar").path("maintenance")) {
            if (!window.has("stations")) {
                continue;
            }
            JsonNode before = window.get("stations");
            com.fasterxml.jackson.databind.node.ArrayNode ids = ((ObjectNode) window).putArray("stations");
            for (JsonNode id : before) {
                String old = id.asText();
                if (!replacedBy.containsKey(old)) {
                    ids.add(old);
                } else if (replacedBy.get(old) != null) {
                    ids.add(replacedBy.get(old));
                }
            }
        }
    }

    private static void merge(YamlDocument plan, ObjectNode root, Map<String, StationEdits.Origin> origins, String section) {
        JsonNode override = plan.root().get(section);
        if (override == null) {
            return;
        }
        ObjectNode target = root.has(section) ? (ObjectNode) root.get(section) : root.putObject(section);
        Iterator<Map.Entry<String, JsonNode>> fields = override.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            target.set(f.getKey(), f.getValue().deepCopy());
            origins.put("/" + section + "/" + f.getKey(), new StationEdits.Origin(plan, "/" + section + "/" + f.getKey()));
        }
    }

    /** The origin of the longest prefix of {@code pointer} that has one. */
    private static StationEdits.Origin originOf(Map<String, StationEdits.Origin> origins, String pointer) {
        for (String p = pointer; ; p = YamlDocument.parent(p)) {
            StationEdits.Origin o = origins.get(p);
            if (o != null) {
                return new StationEdits.Origin(o.doc(), o.pointer() + pointer.substring(p.length()));
            }
            if (p.isEmpty()) {
                throw new IllegalStateException("no origin for " + pointer);
            }
        }
    }

    /** A document for the resolved tree whose every position points into the file it came from. */
    private static YamlDocument located(ObjectNode root, Map<String, StationEdits.Origin> origins, String planFile) {
        Map<String, Location> keys = new HashMap<>();
        Map<String, Location> values = new HashMap<>();
        walk(root, "", origins, keys, values);
        return new YamlDocument(planFile + " (resolved)", root, keys, values);
    }

    private static void walk(JsonNode node, String pointer, Map<String, StationEdits.Origin> origins,
                             Map<String, Location> keys, Map<String, Location> values) {
        StationEdits.Origin o = originOf(origins, pointer);
        values.put(pointer, o.at(""));
        keys.put(pointer, o.doc().keyAt(o.pointer()).in(o.doc().file()));
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), pointer + "/" + f.getKey(), origins, keys, values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, origins, keys, values);
            }
        }
    }

    /** Puts the sections in the usual reading order. */
    private static void reorder(ObjectNode root) {
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        for (String key : List.of("name", "description", "product", "calendar", "repair_crews", "run", "economics", "facility",
                "stations")) {
            if (root.has(key)) {
                ordered.put(key, root.get(key));
            }
        }
        root.removeAll();
        ordered.forEach(root::set);
    }

    private static String describe(JsonNode change) {
        if (change.has("add")) {
            String where = "";
            for (String place : List.of("after", "before", "into", "beside")) {
                if (change.has(place)) {
                    where = place + " " + change.get(place).asText();
                }
            }
            return "add " + change.get("add").path("id").asText() + " " + where;
        }
        if (change.has("replace")) {
            return "replace " + change.get("replace").asText() + " with " + change.path("with").path("id").asText();
        }
        if (change.has("modify")) {
            List<String> keys = new ArrayList<>();
            change.path("set").fieldNames().forEachRemaining(keys::add);
            return "modify " + change.get("modify").asText() + ": " + String.join(", ", keys);
        }
        return "remove " + change.path("remove").asText();
    }

    static String write(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
