package dev.linesim.cli;

import dev.linesim.economics.CapexItem;
import dev.linesim.experiment.LineEconomics;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

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

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

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
        String currency = plan.converted().economics().currency();
        out.println("# capex, " + currency + " (value before, its book value -> installed value; spend = new purchase +"
                + " modification; salvage):");
        for (CapexItem i : LineEconomics.items(plan)) {
            if (i.before().signum() == 0 && i.after().signum() == 0) {
                continue;
            }
            out.println(String.format(Locale.ROOT, "#   %-28s %-9s %14s (book %14s) -> %14s   spend %14s   salvage %12s",
                    i.id(), i.fate().name().toLowerCase(Locale.ROOT), money(i.before()), money(i.bookBefore()), money(i.after()),
                    money(i.newPurchase().add(i.modificationCost())), money(i.salvage())));
        }
        out.print(plan.resolvedYaml());
        out.flush();
        return ExitCode.OK.code;
    }
}
