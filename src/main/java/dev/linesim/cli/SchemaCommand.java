package dev.linesim.cli;

import dev.linesim.scenario.input.SchemaCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.util.concurrent.Callable;

/** {@code linesim schema}: prints the JSON Schema of scenario files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario and retrofit-plan files (point your editor's YAML support at it).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaCheck.schemaText());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }
}
