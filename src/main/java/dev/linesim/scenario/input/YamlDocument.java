package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Location;
import java.util.Map;

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

    /** Turns {@code /stations/2/machines} into the readable {@code stations[2].machines}. */
    public static String readablePath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(name).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }
}
