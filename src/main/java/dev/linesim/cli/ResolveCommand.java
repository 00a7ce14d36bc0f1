package dev.linesim.cli;

import dev.linesim.scenario.RetrofitPlan;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim resolve PLAN}: prints the line a retrofit plan resolves to, so it can be audited. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Print the full line a retrofit plan resolves to: the base with every change applied.",
                "The output is itself a valid scenario file and runs like any line."})
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "PLAN", description = "Retrofit plan (YAML with a 'base').")
    Path file;

    @Override
    public Integer call() throws ScenarioException {
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        if (loaded.plan().isEmpty()) {
            throw new UsageException(file + " is a line, not a retrofit plan (a plan names its 'base'); nothing to resolve");
        }
        RetrofitPlan plan = loaded.plan().get();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + plan.name() + ": " + file + " resolved against " + plan.base().name());
        for (String change : plan.changes()) {
            out.println("#   " + change);
        }
        out.println("# equipment fates:");
        plan.fates().forEach((id, f) -> out.println("#   " + id + ": " + f.kind().label()));
        out.print(plan.resolvedYaml());
        out.flush();
        return ExitCode.OK.code;
    }
}
