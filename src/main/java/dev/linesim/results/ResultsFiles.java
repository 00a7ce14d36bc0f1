package dev.linesim.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes result records as JSON and reads them back into the same records. Keys are snake_case, in record
 * order; an undefined number (NaN) is written as {@code null} and read back as NaN, since JSON has no NaN.
 * Money is written as exact decimals.
 */
public final class ResultsFiles {
    /** File names, one per kind of result. */
    public static final String RUN = "results.json";
    public static final String COMPARISON = "comparison.json";
    public static final String CONVERSION = "conversion.json";
    public static final String SWEEP = "sweep.json";
    public static final String SENSITIVITY = "sensitivity.json";
    public static final String MONTE_CARLO = "montecarlo.json";
    public static final String SIZING = "size.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(undefinedAsNull())
            .build();

    private ResultsFiles() {
    }

    /**
     * Reads a baseline.
     *
     * @throws ResultsFileException when the file is not a baseline, is damaged, or has another layout version
     */
    public static Baseline readBaseline(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode tree = tree(file, text);
        if (tree == null || !tree.isObject() || !tree.has("results") || !tree.has("format")) {
            throw new ResultsFileException(file + ": not a linesim baseline (expected a file written by 'linesim baseline save')");
        }
        int format = tree.get("format").asInt();
        int results = tree.path("results").path("format").asInt();
        if (format != Baseline.FORMAT || results != RunResults.FORMAT) {
            throw new ResultsFileException(file + ": baseline layout " + format + "/" + results + ", this linesim reads "
                    + Baseline.FORMAT + "/" + RunResults.FORMAT + "; save it again with 'linesim baseline save'");
        }
        try {
            return MAPPER.readValue(text, Baseline.class);
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + ": damaged baseline (" + e.getOriginalMessage() + ")");
        }
    }

    /** Any kind of results, as read from a file. */
    public sealed interface Results permits Run, Comparison, Conversion, SweepRun, SensitivityRun,
            MonteCarloRun, SizingRun {
        /** The records read. */
        Object results();

    }

    public record Run(RunResults results) implements Results {
    }

    public record Comparison(ComparisonResults results) implements Results {
    }

    public record SweepRun(SweepResults results) implements Results {
    }

    public record SensitivityRun(SensitivityResults results) implements Results {
    }

    public record MonteCarloRun(MonteCarloResults results) implements Results {
    }

    public record SizingRun(SizingResults results) implements Results {
    }

    public record Conversion(ConversionResults results) implements Results {
    }

    /** The JSON text of a run, a comparison or a conversion. */
    public static String json(Object results) {
        try {
            return MAPPER.writeValueAsString(results) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the results without their environment and digest: equal digests mean equal results. */
    public static String digest(RunResults r) {
        return sha256(json(r.withProvenance(r.provenance().timeless())));
    }

    public static String digest(ComparisonResults c) {
        return sha256(json(new ComparisonResults(c.format(), c.provenance().timeless(),
                c.runs().stream().map(r -> r.withProvenance(r.provenance().timeless())).toList(), c.labels(), c.kpis())));
    }

    public static String digest(SweepResults s) {
        return sha256(json(new SweepResults(s.format(), s.provenance().timeless(), s.scenario(), s.run(), s.parameters(),
                s.chartKpis(), s.points())));
    }

    public static String digest(SensitivityResults s) {
        return sha256(json(new SensitivityResults(s.format(), s.provenance().timeless(), s.scenario(), s.run(),
                s.chartKpis(), s.base(), s.factors())));
    }

    public static String digest(MonteCarloResults m) {
        return sha256(json(new MonteCarloResults(m.format(), m.provenance().timeless(), m.scenario(), m.run(), m.inputs(),
                m.draws(), m.summaries())));
    }

    /** Hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a results file of any kind; the kind is told by its top-level keys.
     *
     * @throws ResultsFileException when the file is not linesim results or has another layout version
     */
    public static Results read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode tree = tree(file, text);
        if (tree == null || !tree.isObject() || !tree.has("format")) {
            throw new ResultsFileException(file + ": not a linesim results file (expected results.json, comparison.json"
                    + " or conversion.json written by linesim)");
        }
        int format = tree.get("format").asInt();
        if (format != RunResults.FORMAT) {
            throw new ResultsFileException(file + ": results layout version " + format + " (this linesim reads version "
                    + RunResults.FORMAT + "); run the scenario again to rewrite it");
        }
        try {
            // parse the text again, not the tree: a tree keeps money as doubles and would lose exact cents
            if (tree.has("runs")) {
                return new Comparison(MAPPER.readValue(text, ComparisonResults.class));
            }
            if (tree.has("weeks")) {
                return new Conversion(MAPPER.readValue(text, ConversionResults.class));
            }
            if (tree.has("candidates")) {
                return new SizingRun(MAPPER.readValue(text, SizingResults.class));
            }
            if (tree.has("summaries")) {
                return new MonteCarloRun(MAPPER.readValue(text, MonteCarloResults.class));
            }
            if (tree.has("factors")) {
                return new SensitivityRun(MAPPER.readValue(text, SensitivityResults.class));
            }
            if (tree.has("points")) {
                return new SweepRun(MAPPER.readValue(text, SweepResults.class));
            }
            return new Run(MAPPER.readValue(text, RunResults.class));
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + ": damaged results file (" + e.getOriginalMessage() + ")");
        }
    }

    /** The text as a JSON tree, to tell what kind of file it is before binding it. */
    private static JsonNode tree(Path file, String text) throws ResultsFileException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + ": not a JSON file (" + e.getOriginalMessage() + ")");
        }
    }

    /** A file that is not readable as linesim results. */
    public static final class ResultsFileException extends IOException {
        public ResultsFileException(String message) {
            super(message);
        }
    }

    private static SimpleModule undefinedAsNull() {
        SimpleModule m = new SimpleModule("undefined-as-null");
        JsonSerializer<Double> write = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || !Double.isFinite(v)) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        JsonDeserializer<Double> read = new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return p.getDoubleValue();
            }

            @Override
            public Double getNullValue(DeserializationContext c) {
                return Double.NaN;
            }
        };
        m.addSerializer(Double.class, write);
        m.addSerializer(double.class, write);
        m.addDeserializer(Double.class, read);
        m.addDeserializer(double.class, read);
        return m;
    }
}
