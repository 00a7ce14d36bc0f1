/**
 * Retrofit plans: a plan's records ({@link dev.linesim.scenario.retrofit.RetrofitPlan}, each station's
 * {@link dev.linesim.scenario.retrofit.Fate}, the {@link dev.linesim.scenario.retrofit.Conversion} timeline and its
 * ramps), and their resolution: {@link dev.linesim.scenario.retrofit.PlanResolver} applies a plan's changes to its
 * base line ({@link dev.linesim.scenario.retrofit.StationEdits}) and binds the resolved line with the binders of
 * {@code scenario.input}.
 */
package dev.linesim.scenario.retrofit;
