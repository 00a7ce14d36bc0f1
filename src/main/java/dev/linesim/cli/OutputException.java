package dev.linesim.cli;

/** Results could not be written; maps to {@link ExitCode#OUTPUT_FAILED}. */
final class OutputException extends RuntimeException {
    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
