package dev.linesim.cli;

import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import picocli.CommandLine.Option;
import java.util.ArrayList;
import java.util.List;

/** {@code --set PATH=VALUE}: overrides of scenario and plan keys, shared by run, compare and convert. */
final class OverrideOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a key of the file, checked as if written there: stations.winding.machines=9,"
                    + " economics.price_per_kwh=\"90 USD\", stations.se_coating.process_time=\"{dist: lognormal,"
                    + " mean: 5 h, cv: 0.1}\". Repeatable; list items by id or index.")
    List<String> sets = new ArrayList<>();

    List<Overrides.Override> parsed() throws ScenarioException {
        return Overrides.parse(sets);
    }
}
