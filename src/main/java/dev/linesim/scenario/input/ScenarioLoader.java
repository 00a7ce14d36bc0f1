package dev.linesim.scenario.input;

import dev.linesim.scenario.Problem;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.retrofit.PlanResolver;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a scenario file: read YAML with positions, check the schema, bind to records, check routing.
 * Each pass reports all its problems; later passes run only on input the earlier ones accepted.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** Loads and validates a line file, or resolves a plan file to its converted line; throws with every problem found. */
    public static Scenario load(Path file) throws ScenarioException {
        return open(file).scenario();
    }

    /**
     * A scenario file: the line to simulate, the plan it comes from when the file is a retrofit plan, and every
     * file read (the file itself first, then its base chain).
     */
    public record Loaded(Scenario scenario, java.util.Optional<RetrofitPlan> plan, List<Path> sources,
                         List<String> overrides) {
        public Loaded {
            sources = List.copyOf(sources);
            overrides = List.copyOf(overrides);
        }

        /** A file read as it is, without overrides. */
        public Loaded(Scenario scenario, java.util.Optional<RetrofitPlan> plan, List<Path> sources) {
            this(scenario, plan, sources, List.of());
        }

        /** A line built in code, read from no file. */
        public static Loaded line(Scenario scenario) {
            return new Loaded(scenario, java.util.Optional.empty(), List.of());
        }

        /** The same file with other run settings (command-line overrides). */
        public Loaded withRun(RunSettings run) {
            return new Loaded(scenario.withRun(run), plan, sources, overrides);
        }
    }

    /** Loads a line, or resolves a retrofit plan. */
    public static Loaded open(Path file) throws ScenarioException {
        return open(file, List.of());
    }

    /** Loads a line or resolves a plan, with command-line overrides ({@code --set PATH=VALUE}) applied first. */
    public static Loaded open(Path file, List<Overrides.Override> overrides) throws ScenarioException {
        YamlDocument doc = YamlReader.read(file, file.toString());
        List<String> texts = overrides.stream().map(Overrides.Override::text).toList();
        if (PlanResolver.isPlan(doc)) {
            RetrofitPlan plan = PlanResolver.resolve(doc, file, overrides);
            return new Loaded(plan.converted(), java.util.Optional.of(plan), plan.sources(), texts);
        }
        return new Loaded(load(Overrides.apply(doc, overrides)), java.util.Optional.empty(), List.of(file), texts);
    }

    /** Loads and validates YAML text (for tests and tools), naming it {@code displayName} in problems. */
    public static Scenario parse(String yaml, String displayName) throws ScenarioException {
        return load(YamlReader.parse(yaml, displayName));
    }

    public static Scenario load(YamlDocument doc) throws ScenarioException {
        List<Problem> problems = new ArrayList<>(SchemaCheck.check(doc));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        ScenarioBinder binder = new ScenarioBinder(doc);
        Scenario scenario = binder.bind();
        problems.addAll(binder.problems());
        problems.addAll(new RoutingCheck(doc, scenario).check());
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ScenarioException(problems);
        }
        return scenario.withWarnings(problems);
    }
}
