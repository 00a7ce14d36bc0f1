/**
 * A thin layer over the SSJ engine: named random streams for common random numbers, and the
 * per-replication event counter. The event calendar, the random number generator (MRG32k3a, in SSJ's
 * 64-bit integer implementation) and
 * the distributions are SSJ's own. This package imports no other project package.
 */
package dev.linesim.sim;
