package dev.linesim.experiment;

import dev.linesim.scenario.input.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How scenarios are called side by side: by name, and, where names collide (a file against an older version of
 * itself), by name and file, with as many trailing folders as it takes to tell the files apart. The labels depend
 * on where the files are, not on how their paths were typed.
 */
final class ScenarioLabels {
    private ScenarioLabels() {
    }

    static List<String> of(List<ScenarioLoader.Loaded> entries) {
        List<String> names = entries.stream().map(e -> e.scenario().name()).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = names.get(i);
            List<Path> clashing = new ArrayList<>();
            for (int k = 0; k < entries.size(); k++) {
                if (names.get(k).equals(name) && !entries.get(k).sources().isEmpty()) {
                    clashing.add(entries.get(k).sources().get(0).toAbsolutePath().normalize());
                }
            }
            if (clashing.size() < 2 || entries.get(i).sources().isEmpty()) {
                labels.add(name);
                continue;
            }
            Path mine = entries.get(i).sources().get(0).toAbsolutePath().normalize();
            labels.add(name + " (" + distinguishing(mine, clashing) + ")");
        }
        return labels;
    }

    /** The shortest tail of {@code path} (file name, then its folders) that no other path in {@code all} ends with. */
    private static String distinguishing(Path path, List<Path> all) {
        int parts = path.getNameCount();
        for (int n = 1; n <= parts; n++) {
            Path tail = path.subpath(parts - n, parts);
            long same = all.stream().filter(p -> p.getNameCount() >= tail.getNameCount() && p.endsWith(tail)).count();
            if (same == 1) {
                return tail.toString().replace('\\', '/');
            }
        }
        return path.toString().replace('\\', '/'); // the same file twice
    }
}
