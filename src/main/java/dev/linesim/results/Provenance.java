package dev.linesim.results;

import java.util.List;

/**
 * Where a result file comes from. Only {@code created} differs between two identical runs; it is left out
 * of the results digest.
 *
 * @param linesimVersion version of linesim that wrote the file
 * @param javaVersion    Java runtime version
 * @param created        when the file was written, ISO-8601 UTC (not part of the digest)
 * @param inputs         every input file read: scenario, plan and base chain
 */
public record Provenance(String linesimVersion, String javaVersion, String created, List<InputFile> inputs) {
    public Provenance {
        inputs = List.copyOf(inputs);
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

    /** The same provenance without its creation time, for digests. */
    public Provenance timeless() {
        return new Provenance(linesimVersion, javaVersion, null, inputs);
    }
}
