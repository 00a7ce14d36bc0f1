package dev.linesim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The station kinds a scenario may name after {@code type:}: the built-in ones, and kinds added with
 * {@link #register} (a {@link StationKind.Custom} and how to bind it from its {@code parameters:}).
 */
public final class StationKinds {
    /** Kinds linesim has of its own. */
    public static final List<String> BUILT_IN = List.of("process", "delay", "inspection", "grading", "rack");

    /**
     * Builds a custom kind's spec from the station's machines and its {@code parameters:} mapping (empty when none
     * was written); throws {@link IllegalArgumentException} with a message saying what was expected when they are
     * wrong.
     */
    @FunctionalInterface
    public interface Binder {
        StationKind.Custom bind(StationKind.Process machines, JsonNode parameters);
    }

    private static final Map<String, Binder> ADDED = new ConcurrentHashMap<>();

    private StationKinds() {
    }

    /** Adds a kind written {@code type: key}; a key may be registered once, and not be a built-in one. */
    public static void register(String key, Binder binder) {
        if (BUILT_IN.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is a built-in station kind");
        }
        Binder before = ADDED.putIfAbsent(key, binder);
        if (before != null && before != binder) {
            throw new IllegalArgumentException("station kind '" + key + "' is already registered");
        }
    }

    /** The binder of an added kind. */
    public static Optional<Binder> added(String key) {
        return Optional.ofNullable(ADDED.get(key));
    }

    /** Every kind a scenario may name, built-in first, then added ones in alphabetical order. */
    public static List<String> keys() {
        List<String> all = new java.util.ArrayList<>(BUILT_IN);
        all.addAll(new TreeMap<>(ADDED).keySet());
        return all;
    }
}
