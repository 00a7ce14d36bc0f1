package dev.linesim.results;

import java.util.List;

/**
 * Where a result file comes from. The results digest covers everything in the file but the {@code environment}
 * (and the digest itself): two runs of the same inputs, seed and settings give the same digest on any machine,
 * thread count, working directory or locale, however the scenario's path was typed.
 *
 * @param linesimVersion version of linesim that wrote the file
 * @param javaVersion    Java runtime version
 * @param inputs         every input file read: scenario, plan and base chain, by name and SHA-256
 * @param overrides      command-line overrides applied to the inputs ({@code PATH=VALUE}), in order
 * @param environment    when, where and how it ran; not part of the digest
 * @param digest         SHA-256 of the results without the environment and the digest, or null before it is taken
 */
public record Provenance(String linesimVersion, String javaVersion, List<InputFile> inputs, List<String> overrides,
                         Environment environment, String digest) {
    public Provenance {
        inputs = List.copyOf(inputs);
        overrides = overrides == null ? List.of() : List.copyOf(overrides); // files written before overrides have none
    }

    /**
     * One input file.
     *
     * @param role   {@code scenario}, {@code plan} or {@code base}
     * @param name   file name, without the folder it was read from
     * @param sha256 SHA-256 of its bytes, hex
     */
    public record InputFile(String role, String name, String sha256) {
    }

    /**
     * The circumstances of a run, which do not change its results.
     *
     * @param created   when the file was written, ISO-8601 UTC
     * @param host      the machine's name, when known
     * @param threads   worker threads that simulated
     * @param gitCommit the commit of the git repository holding the scenario, when there is one
     */
    public record Environment(String created, String host, int threads, String gitCommit) {
    }

    /** When the results were written, or null. */
    public String created() {
        return environment == null ? null : environment.created();
    }

    /** The same provenance without environment and digest: what the digest covers. */
    public Provenance timeless() {
        return new Provenance(linesimVersion, javaVersion, inputs, overrides, null, null);
    }

    public Provenance withDigest(String d) {
        return new Provenance(linesimVersion, javaVersion, inputs, overrides, environment, d);
    }
}
