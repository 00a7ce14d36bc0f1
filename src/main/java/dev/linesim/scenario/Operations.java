package dev.linesim.scenario;

/**
 * What a station needs to run, for the cost stack.
 *
 * @param operatorsPerMachine operators per machine (or position) and shift
 * @param crew                operators for the whole station and shift, besides those per machine
 * @param busyKw              electric power of one machine while processing, kW (a delay stage: per unit held)
 * @param idleKw              electric power of one machine when not processing (ready, blocked, starved, down), kW
 */
public record Operations(double operatorsPerMachine, double crew, double busyKw, double idleKw) {
    public static final Operations NONE = new Operations(0, 0, 0, 0);
}
