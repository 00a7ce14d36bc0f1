package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.linesim.scenario.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a document against the bundled JSON Schema and turns every violation into a located
 * {@link Problem} that says what was expected and what was found.
 *
 * <p>Where the schema offers alternatives ({@code oneOf}: a duration or a distribution mapping), only the
 * alternative whose type matches the value is reported, so a misspelt key inside a distribution is
 * named as such rather than drowned in "expected a string".
 */
public final class SchemaCheck {
    /** Class-path location of the scenario schema. */
    public static final String RESOURCE = "/dev/linesim/scenario/scenario.schema.json";

    private static final String SCHEMA_TEXT = loadText();
    private static final JsonNode SCHEMA_TREE = parse(SCHEMA_TEXT);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_TEXT, com.networknt.schema.InputFormat.JSON);

    private SchemaCheck() {
    }

    /** The schema text, as printed by {@code linesim schema}. */
    public static String schemaText() {
        return SCHEMA_TEXT;
    }

    /** Every schema violation in the document, one problem each, in source order. */
    public static List<Problem> check(YamlDocument doc) {
        List<Error> errors = SCHEMA.validate(doc.root());
        List<Error> kept = keepMatchingAlternatives(errors);
        Map<String, Problem> unique = new LinkedHashMap<>();
        Map<String, List<Error>> byLocation = new LinkedHashMap<>();
        for (Error e : kept) {
            byLocation.computeIfAbsent(e.getInstanceLocation().toString() + "|" + e.getKeyword().equals("additionalProperties")
                    + "|" + e.getKeyword().equals("required"), k -> new ArrayList<>()).add(e);
        }
        for (List<Error> group : byLocation.values()) {
            for (Problem p : toProblems(doc, group)) {
                unique.putIfAbsent(p.line() + ":" + p.column() + ":" + p.path() + ":" + p.message(), p);
            }
        }
        return unique.values().stream().sorted(Problem.BY_POSITION).toList();
    }

    /** Drops oneOf wrappers and the alternatives whose type does not fit the value. */
    private static List<Error> keepMatchingAlternatives(List<Error> errors) {
        Map<String, Set<Integer>> mismatched = new LinkedHashMap<>();
        Map<String, Set<Integer>> branches = new LinkedHashMap<>();
        for (Error e : errors) {
            Alternative alt = Alternative.of(e);
            if (alt == null) {
                continue;
            }
            branches.computeIfAbsent(alt.key(), k -> new LinkedHashSet<>()).add(alt.branch());
            if (e.getKeyword().equals("type") && alt.atChoice(e)) {
                mismatched.computeIfAbsent(alt.key(), k -> new LinkedHashSet<>()).add(alt.branch());
            }
        }
        List<Error> kept = new ArrayList<>();
        for (Error e : errors) {
            Alternative alt = Alternative.of(e);
            if (e.getKeyword().equals("oneOf")) {
                String key = e.getInstanceLocation() + "|" + e.getEvaluationPath();
                boolean explained = branches.containsKey(key)
                        && !mismatched.getOrDefault(key, Set.of()).containsAll(branches.get(key));
                if (!explained) {
                    kept.add(e); // no alternative fits the value's type: report the choice as a whole
                }
                continue;
            }
            if (alt != null && mismatched.getOrDefault(alt.key(), Set.of()).contains(alt.branch())) {
                continue;
            }
            kept.add(e);
        }
        return kept;
    }

    /** Which alternative of which {@code oneOf} an error came from, found in its evaluation path. */
    private record Alternative(String key, String choicePath, int branch) {
        static Alternative of(Error e) {
            String path = e.getEvaluationPath().toString();
            int at = path.lastIndexOf("/oneOf/");
            if (at < 0) {
                return null;
            }
            String rest = path.substring(at + "/oneOf/".length());
            int slash = rest.indexOf('/');
            int branch = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
            String choicePath = path.substring(0, at + "/oneOf".length());
            return new Alternative(choiceInstance(e, rest, slash) + "|" + choicePath, choicePath, branch);
        }

        /** The instance location of the value the oneOf judged: the error's, less the keys below the choice. */
        private static String choiceInstance(Error e, String rest, int slash) {
            var location = e.getInstanceLocation();
            String tail = slash < 0 ? "" : rest.substring(slash);
            int below = (int) java.util.Arrays.stream(tail.split("/"))
                    .filter(s -> s.equals("properties") || s.equals("items")).count();
            for (int i = 0; i < below && location.getParent() != null; i++) {
                location = location.getParent();
            }
            return location.toString();
        }

        boolean atChoice(Error e) {
            // the type error belongs to the alternative itself (not to a key nested inside it)
            String path = e.getEvaluationPath().toString();
            String tail = path.substring(choicePath.length());
            return tail.matches("/[0-9]+(/\\$ref)?/type");
        }
    }

    private static List<Problem> toProblems(YamlDocument doc, List<Error> group) {
        List<Problem> out = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        Error first = group.get(0);
        String pointer = jsonPointer(first);
        for (Error e : group) {
            switch (e.getKeyword()) {
                case "additionalProperties" -> {
                    String key = e.getProperty();
                    String member = pointer + "/" + key;
                    Set<String> allowed = allowedKeys(e);
                    out.add(Problem.error(doc.file(), doc.keyAt(member), doc.path(member),
                            "unknown key '" + key + "'" + Suggestions.hint(key, allowed)
                                    + " (expected one of: " + String.join(", ", allowed) + ")"));
                }
                case "required" -> out.add(Problem.error(doc.file(), doc.valueAt(pointer),
                        doc.path(pointer), "missing required key '" + e.getProperty() + "'"
                                + describeOf(e, "/properties/" + e.getProperty()).map(d -> " (expected: " + d + ")").orElse("")));
                default -> expectations.add(expectation(e));
            }
        }
        if (!expectations.isEmpty()) {
            JsonNode value = doc.root().at(pointer);
            String message = "expected " + String.join(" or ", new LinkedHashSet<>(expectations)) + ", was " + shown(value);
            if (first.getKeyword().equals("enum")) {
                message += Suggestions.hint(value.asText(), enumValues(first));
            }
            out.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
        }
        return out;
    }

    private static String jsonPointer(Error e) {
        StringBuilder sb = new StringBuilder();
        var path = e.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static String expectation(Error e) {
        Object[] args = e.getArguments();
        String arg = args != null && args.length > 0 ? String.valueOf(args[0]) : "";
        return switch (e.getKeyword()) {
            case "type" -> article(args != null && args.length > 1 ? String.valueOf(args[1]) : arg); // (found, expected)
            case "minimum" -> "a value >= " + arg;
            case "exclusiveMinimum" -> "a value > " + arg;
            case "maximum" -> "a value <= " + arg;
            case "exclusiveMaximum" -> "a value < " + arg;
            case "minItems" -> "at least " + arg + " item(s)";
            case "const" -> "'" + arg + "'";
            case "enum" -> "one of " + String.join(", ", enumValues(e));
            case "pattern" -> describeOf(e, "").orElse("text matching " + arg);
            case "oneOf" -> describeOf(e, "").orElse("one of the allowed forms");
            default -> e.getMessage();
        };
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "object", "array" -> "an " + type;
            case "string", "number", "boolean" -> "a " + type;
            default -> type;
        };
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }

    /** The schema object that holds the keyword of an error, from its schema location. */
    private static JsonNode owner(Error e) {
        String fragment = e.getSchemaLocation().getFragment().toString();
        int slash = fragment.lastIndexOf('/');
        return SCHEMA_TREE.at(slash <= 0 ? "" : fragment.substring(0, slash));
    }

    private static java.util.Optional<String> describeOf(Error e, String subPath) {
        JsonNode node = owner(e).at(subPath);
        if (node.has("description")) {
            return java.util.Optional.of(lowerFirst(node.get("description").asText().replaceAll("\\.$", "")));
        }
        if (node.has("$ref")) {
            JsonNode target = SCHEMA_TREE.at(node.get("$ref").asText().substring(1));
            if (target.has("description")) {
                return java.util.Optional.of(lowerFirst(target.get("description").asText().replaceAll("\\.$", "")));
            }
        }
        return java.util.Optional.empty();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<String> allowedKeys(Error e) {
        Set<String> keys = new LinkedHashSet<>();
        Iterator<String> names = owner(e).path("properties").fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> enumValues(Error e) {
        List<String> values = new ArrayList<>();
        owner(e).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String loadText() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
