package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Location;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed YAML file with the source position of every key and value.
 *
 * @param file           the file name used in problems
 * @param root           the document tree
 * @param keyLocations   JSON pointer ({@code /stations/2/machines}) to where its key is written
 * @param valueLocations JSON pointer to where its value starts
 */
public record YamlDocument(String file, JsonNode root, Map<String, Location> keyLocations,
                           Map<String, Location> valueLocations) {

    /** Where the value at a pointer starts, falling back to its key, then to its nearest parent. */
    public Location valueAt(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Location at = valueLocations.get(p);
            if (at == null) {
                at = keyLocations.get(p);
            }
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new Location(1, 1);
            }
        }
    }

    /** Where the key of a member is written (for unknown or misspelt keys). */
    public Location keyAt(String pointer) {
        Location at = keyLocations.get(pointer);
        return at != null ? at : valueAt(pointer);
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /**
     * The readable path of a pointer in this document, naming list items by their id as {@code --set} does:
     * {@code /stations/2/machines} is {@code stations.winding.machines}.
     */
    public String path(String pointer) {
        return readablePath(root, pointer);
    }

    /** Turns {@code /stations/2/machines} into the readable {@code stations[2].machines}, for a pointer with no tree at hand. */
    public static String readablePath(String pointer) {
        return readablePath(null, pointer);
    }

    /**
     * Turns {@code /stations/2/machines} into a readable path: a list item is named by its id where {@code root} gives it
     * one, unique in its list and fit for a path ({@code stations.winding.machines}), else by its index
     * ({@code stations[2].machines}, and always with no {@code root}).
     */
    public static String readablePath(JsonNode root, String pointer) {
        StringBuilder sb = new StringBuilder();
        JsonNode node = root;
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            boolean index = name.chars().allMatch(Character::isDigit);
            String id = index && node != null && node.isArray() ? itemId(node, Integer.parseInt(name)) : null;
            if (index && id == null) {
                sb.append('[').append(name).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(id != null ? id : name);
            }
            node = node == null ? null : node.isArray() && index ? node.get(Integer.parseInt(name)) : node.get(name);
        }
        return sb.toString();
    }

    /** Ids that can stand in a dotted path. */
    private static final Pattern PATH_ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** The id of item {@code i} of a list, when it has one that names it alone; else null. */
    private static String itemId(JsonNode list, int i) {
        JsonNode item = list.get(i);
        String id = item != null && item.path("id").isTextual() ? item.path("id").asText() : null;
        if (id == null || !PATH_ID.matcher(id).matches()) {
            return null;
        }
        for (int k = 0; k < list.size(); k++) {
            if (k != i && id.equals(list.get(k).path("id").asText(null))) {
                return null;
            }
        }
        return id;
    }
}
