package dev.linesim.cli;

import picocli.CommandLine.Option;

/** {@code --stacktrace}, offered by every subcommand; read by {@link Main}'s error handler. */
final class StacktraceOption {
    @Option(names = "--stacktrace", description = "Print the Java stack trace of an error.")
    boolean stacktrace;
}
