/**
 * Simulated time: hours in a day, a week and a year, and when two times are the same instant. Every package may use
 * it; it uses nothing of the project.
 */
package dev.linesim.time;
