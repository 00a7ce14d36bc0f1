package dev.linesim.cli;

import dev.linesim.experiment.ConversionStudy;
import dev.linesim.report.ConversionReport;
import dev.linesim.report.Outputs;
import dev.linesim.results.ConversionResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesim convert PLAN}: the conversion week by week against staying liquid. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Simulate a retrofit plan's conversion over time (its 'conversion' section): weekly output against"
                + " staying liquid, output lost while converting, when the converted line overtakes, and the decision's cash"
                + " flows: NPV, IRR and paybacks.",
                "Writes conversion.json, conversion.csv, charts/ and report.pdf to reports/<plan name>-conversion/ (or --out)."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OverrideOptions overrides;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "PLAN", description = "Retrofit plan with a conversion section.")
    Path file;
    @Mixin
    OutputOptions output;
    @Mixin
    ChartOptionsMixin charts;
    @Mixin
    WorkLimit limit;
    @Mixin
    ShardOptions shard;

    @Override
    public Integer call() throws ScenarioException {
        var drawing = charts.options();
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file, overrides.parsed());
        RetrofitPlan plan = loaded.plan().orElseThrow(() -> new UsageException(
                file + " is a line, not a retrofit plan: 'convert' needs a plan with a conversion section"));
        if (plan.conversion().isEmpty()) {
            throw new UsageException(file + " has no 'conversion' section (expected horizon, cutover and, optionally, outages and ramp_up)");
        }
        Path dir = output.dir(plan.name() + "-conversion");
        var c = plan.conversion().get();
        var timeline = new RunSettings(c.warmup() + c.horizon(), c.warmup(), c.replications(), 1);
        limit.check(plan.base().withRun(timeline), 2, output.threads());   // staying liquid and draining
        limit.check(plan.converted().withRun(timeline), 1, output.threads());
        limit.check(plan.converted(), 1, output.threads());                 // both lines at steady state
        limit.check(plan.base(), 1, output.threads());
        if (shard.ranShard(spec, ConversionStudy.simulations(plan), ConversionStudy.timelines(plan), loaded.sources(), dir,
                output)) {
            return ExitCode.OK.code;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), output.quiet);
        ConversionResults study;
        try (ProgressDisplay shown = output.showProgress(spec, "convert " + plan.name(), List.of())) {
            study = ConversionStudy.run(plan, output.threads(), progress::say).results();
        }
        ReportFiles.write(dir, Outputs.conversion(study, drawing), spec.commandLine().getOut(),
                ConversionReport.text(study), output.quiet);
        progress.warn(study.liquid().checks().warnings(), study.liquid().scenario().name());
        progress.warn(study.converted().checks().warnings(), study.converted().scenario().name());
        return ExitCode.OK.code;
    }
}
