package dev.linesim.cli;

import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesim validate FILE...}: checks scenario files without simulating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and report every problem as file:line:col; simulates nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() throws ScenarioException {
        List<dev.linesim.scenario.Problem> problems = new java.util.ArrayList<>();
        for (Path file : files) {
            try {
                Scenario s = ScenarioLoader.load(file); // a plan is resolved and its converted line checked
                spec.commandLine().getOut().printf("%s: ok (%s, %d stations%s)%n", file, s.name(), s.stations().size(),
                        s.warnings().isEmpty() ? "" : ", " + s.warnings().size() + " warning(s)");
                s.warnings().forEach(w -> spec.commandLine().getErr().println(w.format()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return ExitCode.OK.code;
    }
}
