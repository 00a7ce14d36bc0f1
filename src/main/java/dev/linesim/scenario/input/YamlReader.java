package dev.linesim.scenario.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML file into a tree and records where every key and value is written.
 *
 * <p>One streaming pass collects positions, duplicate keys and aliases (all of them, not just the
 * first); a syntax error stops the pass, since nothing after it can be trusted. Size and nesting are
 * capped, so a hostile file fails fast with bounded memory. YAML aliases are refused: the parser
 * under Jackson does not expand them, and silently reading {@code *name} as a string would simulate
 * the wrong line.
 */
public final class YamlReader {
    /** Largest scenario file accepted, in bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Deepest nesting of mappings and lists accepted; a scenario needs about six. */
    public static final int MAX_NESTING = 64;

    private static final String DUPLICATE_KEY = "duplicate key ";

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build());

    private YamlReader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // duplicates are found, all of them, by scan()
        return options;
    }

    /** Reads a file; problems (I/O, size, syntax, duplicates, aliases) are thrown all together. */
    public static YamlDocument read(Path path, String displayName) throws ScenarioException {
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new ScenarioException(List.of(Problem.error(displayName, Location.UNKNOWN, "",
                        "not a regular file (expected a YAML scenario file, not a device, pipe or folder)")));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ScenarioException(List.of(Problem.error(displayName, Location.UNKNOWN, "",
                        "file is " + size + " bytes (expected at most " + MAX_BYTES + ")")));
            }
            return parse(Files.readString(path, StandardCharsets.UTF_8), displayName);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioException(List.of(Problem.error(displayName, Location.UNKNOWN, "",
                    "file not found")));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ScenarioException(List.of(Problem.error(displayName, Location.UNKNOWN, "",
                    "file is not valid UTF-8 text")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(Problem.error(displayName, Location.UNKNOWN, "",
                    "cannot read file: " + e.getMessage())));
        }
    }

    /** Parses one YAML value (a scalar, a flow mapping or a list), as a command-line value is written; null if malformed. */
    static JsonNode value(String text) {
        try {
            JsonNode n = MAPPER.readTree("v: " + text);
            return n == null ? null : n.get("v");
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses YAML text; see {@link #read}. */
    public static YamlDocument parse(String text, String displayName) throws ScenarioException {
        Map<String, Location> keys = new HashMap<>();
        Map<String, Location> values = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        scan(text, displayName, keys, values, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(named(problems, text));
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ScenarioException(List.of(Problem.error(displayName, new Location(1, 1), "",
                        "file is empty (expected a scenario mapping)")));
            }
            return new YamlDocument(displayName, root, Map.copyOf(keys), Map.copyOf(values));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(syntaxProblem(displayName, e)));
        }
    }

    /**
     * The problems found while scanning, each at a JSON pointer, with their paths made readable: list items named by
     * their ids where the text still reads as a tree (a duplicate key or an alias does not stop that), else by index.
     */
    private static List<Problem> named(List<Problem> scanned, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            root = null; // a syntax error: the items keep their indices
        }
        // an item whose id is written twice has no id to go by: what is found in it keeps its index
        List<String> twoIds = scanned.stream().filter(p -> p.path().endsWith("/id") && p.message().startsWith(DUPLICATE_KEY))
                .map(p -> YamlDocument.parent(p.path()) + "/").toList();
        List<Problem> out = new ArrayList<>();
        for (Problem p : scanned) {
            boolean byIndex = root == null || twoIds.stream().anyMatch(item -> (p.path() + "/").startsWith(item));
            out.add(!p.path().startsWith("/") ? p : new Problem(p.file(), p.line(), p.column(),
                    YamlDocument.readablePath(byIndex ? null : root, p.path()), p.severity(), p.message()));
        }
        return out;
    }

    /** Finds what YAML parsing alone can find; a problem at a key or value has its JSON pointer as its path. */
    private static void scan(String text, String file, Map<String, Location> keys, Map<String, Location> values,
                             List<Problem> problems) {
        Deque<Set<String>> seenKeys = new ArrayDeque<>();
        Location deepest = Location.UNKNOWN;
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            int depth = 0;
            boolean rootDone = false;
            while ((token = p.nextToken()) != null) {
                if (rootDone) {
                    problems.add(Problem.error(file, location(p.currentTokenLocation()), "", "a second YAML document starts"
                            + " here (expected one scenario per file; remove the '---' and what follows, or split the file)"));
                    return;
                }
                if (token.isStructStart()) {
                    depth++;
                    deepest = location(p.currentTokenLocation());
                } else if (token.isStructEnd()) {
                    depth--;
                }
                rootDone = depth == 0;
                String pointer = p.getParsingContext().pathAsPointer().toString();
                Location at = location(p.currentTokenLocation());
                switch (token) {
                    case START_OBJECT -> {
                        seenKeys.push(new HashSet<>());
                        values.putIfAbsent(pointer, at);
                    }
                    case END_OBJECT -> seenKeys.pop();
                    case FIELD_NAME -> {
                        if (!seenKeys.isEmpty() && !seenKeys.peek().add(p.currentName())) {
                            problems.add(Problem.error(file, at, pointer,
                                    DUPLICATE_KEY + "'" + p.currentName() + "' (expected each key once per mapping)"));
                        } else {
                            keys.put(pointer, at);
                        }
                    }
                    default -> {
                        values.putIfAbsent(pointer, at);
                        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                            problems.add(Problem.error(file, at, pointer,
                                    "YAML alias '*" + p.getText() + "' is not supported (expected the value written out)"));
                        }
                    }
                }
            }
        } catch (StreamConstraintsException e) {
            problems.add(Problem.error(file, deepest, "", "mappings and lists nested deeper than " + MAX_NESTING
                    + " levels (expected a scenario a few levels deep)"));
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
        } catch (IOException e) {
            problems.add(Problem.error(file, Location.UNKNOWN, "", "cannot read YAML: " + e.getMessage()));
        }
    }

    private static Location location(JsonLocation loc) {
        return loc == null ? Location.UNKNOWN : new Location(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    /** Finds the deepest located cause of a YAML error and keeps its first line as the message. */
    private static Problem syntaxProblem(String file, JsonProcessingException e) {
        Location at = location(e.getLocation());
        String message = e.getOriginalMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                at = new Location(m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
                message = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
            } else if (t.getMessage() != null && t instanceof org.yaml.snakeyaml.error.YAMLException) {
                message = t.getMessage();
            }
        }
        String firstLine = message == null ? "invalid YAML" : message.lines().findFirst().orElse("invalid YAML").trim();
        return Problem.error(file, at, "", "YAML syntax error: " + firstLine);
    }
}
