package dev.linesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code linesim} command; work is done by its subcommands. */
@Command(name = "linesim", mixinStandardHelpOptions = true, versionProvider = LinesimCommand.Version.class,
        description = "Discrete-event simulation of battery cell production lines.",
        subcommands = {RunCommand.class, CompareCommand.class, ConvertCommand.class, SweepCommand.class, SensitivityCommand.class, MonteCarloCommand.class, SizeCommand.class, MergeCommand.class, ReportCommand.class, BaselineCommand.class, VerifyCommand.class,
                ResolveCommand.class,
                ValidateCommand.class, SchemaCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footerHeading = "", footer = {})
final class LinesimCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    LinesimCommand() {
    }

    /** No command given: the usage, on standard error, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = LinesimCommand.class.getResourceAsStream("/dev/linesim/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"linesim " + p.getProperty("version", "development"),
                    "Java " + System.getProperty("java.version") + ", SSJ 3.3.2"};
        }
    }
}
