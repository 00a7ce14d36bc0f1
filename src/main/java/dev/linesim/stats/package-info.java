/** Pure statistics over replications: means with Student-t confidence intervals. Imports no other project package. */
package dev.linesim.stats;
