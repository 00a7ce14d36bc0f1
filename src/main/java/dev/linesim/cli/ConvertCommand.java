package dev.linesim.cli;

import dev.linesim.experiment.ConversionStudy;
import dev.linesim.report.ConversionReport;
import dev.linesim.scenario.RetrofitPlan;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim convert PLAN}: the conversion week by week against staying liquid. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Simulate a retrofit plan's conversion over time (its 'conversion' section): weekly output against"
                + " staying liquid, output lost while converting, when the converted line overtakes, and payback.",
                "Writes conversion.json and conversion.csv to reports/<plan name>/ (or --out)."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "PLAN", description = "Retrofit plan with a conversion section.")
    Path file;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws ScenarioException {
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        RetrofitPlan plan = loaded.plan().orElseThrow(() -> new UsageException(
                file + " is a line, not a retrofit plan: 'convert' needs a plan with a conversion section"));
        if (plan.conversion().isEmpty()) {
            throw new UsageException(file + " has no 'conversion' section (expected horizon, cutover and, optionally, outages and ramp_up)");
        }
        var err = spec.commandLine().getErr();
        ConversionStudy study = ConversionStudy.run(plan, output.threads(), message -> {
            if (!output.quiet) {
                synchronized (err) {
                    err.println("linesim: " + message);
                    err.flush();
                }
            }
        });
        Path dir = output.dir(plan.name());
        new ReportFiles(dir).add("conversion.json", ConversionReport.json(study))
                .add("conversion.csv", ConversionReport.csv(study))
                .write(spec.commandLine().getOut(), ConversionReport.text(study), output.quiet);
        return ExitCode.OK.code;
    }
}
