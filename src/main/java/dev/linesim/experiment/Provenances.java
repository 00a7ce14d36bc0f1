package dev.linesim.experiment;

import dev.linesim.results.Provenance;
import dev.linesim.results.ResultsFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The provenance of results: linesim and Java versions, the input files and their SHA-256, and when. */
public final class Provenances {
    private Provenances() {
    }

    /** linesim's version, as the build wrote it. */
    public static String linesimVersion() {
        Properties p = new Properties();
        try (InputStream in = Provenances.class.getResourceAsStream("/dev/linesim/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "development");
    }

    /**
     * @param sources the files read, the scenario or plan first, then its base chain
     * @param plan    whether the first file is a retrofit plan
     * @param threads worker threads that simulate
     * @param overrides command-line overrides applied to the files
     */
    public static Provenance of(List<Path> sources, boolean plan, int threads, List<String> overrides) {
        List<Provenance.InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String role = i > 0 ? "base" : plan ? "plan" : "scenario";
            inputs.add(new Provenance.InputFile(role, sources.get(i).getFileName().toString(), sha256(sources.get(i))));
        }
        Provenance.Environment env = new Provenance.Environment(now().toString(),
                host(), threads, sources.isEmpty() ? null : GitCommit.of(sources.get(0)).orElse(null));
        return new Provenance(linesimVersion(), System.getProperty("java.version"), inputs, overrides, env, null);
    }

    /** One provenance for several runs: the inputs of all, each file once. */
    public static Provenance combined(List<Provenance> parts) {
        List<Provenance.InputFile> inputs = new ArrayList<>();
        for (Provenance p : parts) {
            // a file read by several runs (a line and the base of a plan) is listed once, in its first role
            p.inputs().stream().filter(f -> inputs.stream().noneMatch(g -> g.name().equals(f.name())
                    && g.sha256().equals(f.sha256()))).forEach(inputs::add);
        }
        List<String> overrides = parts.stream().flatMap(p -> p.overrides().stream()).distinct().toList();
        Provenance first = parts.get(0);
        return new Provenance(first.linesimVersion(), first.javaVersion(), inputs, overrides, first.environment(), null);
    }

    /**
     * Now, to the second; or the time in {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
     * convention) when it is set, so that two runs of the same inputs can be compared byte for byte.
     */
    static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        epoch = epoch != null ? epoch : System.getProperty("SOURCE_DATE_EPOCH"); // the same, given to the JVM (tests)
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return h;
    }

    private static String sha256(Path file) {
        try {
            return ResultsFiles.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again to take its digest", e);
        }
    }
}
