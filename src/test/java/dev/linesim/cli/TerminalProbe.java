package dev.linesim.cli;

/** Prints whether linesim takes its standard error for a terminal; {@link ProgressTest} runs it under a pseudo-terminal. */
final class TerminalProbe {
    private TerminalProbe() {
    }

    public static void main(String[] args) {
        System.out.println("stderr is a terminal: " + ProgressDisplay.standardErrorIsTerminal());
    }
}
