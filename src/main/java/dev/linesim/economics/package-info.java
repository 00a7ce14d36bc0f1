/**
 * Capital and cost arithmetic as pure functions over exact amounts ({@link java.math.BigDecimal}): capex of a
 * retrofit against a greenfield line, equipment reuse shares, capital recovery factors, annualised capex
 * and cost per kWh. Imports no other project package; {@code experiment} feeds it from scenario specs.
 */
package dev.linesim.economics;
