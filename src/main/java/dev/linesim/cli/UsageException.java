package dev.linesim.cli;

/** An option value that parses but makes no sense (e.g. warm-up not shorter than horizon); maps to {@link ExitCode#USAGE}. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
