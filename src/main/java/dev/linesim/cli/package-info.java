/**
 * The command line: {@link dev.linesim.cli.Main} and one small class per subcommand. Only this package
 * prints to the terminal or decides exit codes ({@link dev.linesim.cli.ExitCode}).
 */
package dev.linesim.cli;
