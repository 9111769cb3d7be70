/**
 * The foundation of carecoop's risk analysis: uncertain inputs and how to draw them, and the statistics of
 * many runs. Pure and deterministic: the same seed gives the same numbers on any number of threads.
 *
 * <ul>
 *   <li>{@link org.carecoop.analysis.uncertainty.InputDistribution}: uniform, triangular, PERT, normal
 *       (optionally truncated), log-normal (by the value's own mean and sd) and discrete, built from a
 *       scenario's written form with {@code InputDistribution.of(name, args, weights)}; each has an inverse
 *       cdf, mean and quantiles (P10 and P90 for a tornado).</li>
 *   <li>{@link org.carecoop.analysis.uncertainty.Correlations}: a checked correlation matrix applied with a
 *       Gaussian copula; {@link org.carecoop.analysis.uncertainty.UncertainInputs} turns a row of uniforms
 *       into input values.</li>
 *   <li>{@link org.carecoop.analysis.uncertainty.Sampler}: random, Latin hypercube and Sobol designs whose
 *       rows can be made in any chunks; {@link org.carecoop.analysis.uncertainty.Chunks} runs chunks on
 *       several threads and merges them in a fixed order.</li>
 *   <li>Streaming statistics in bounded memory: {@link org.carecoop.analysis.uncertainty.Moments},
 *       {@link org.carecoop.analysis.uncertainty.MetricSummary},
 *       {@link org.carecoop.analysis.uncertainty.QuantileSketch} and, for a fan chart,
 *       {@link org.carecoop.analysis.uncertainty.MonthlyQuantiles}.</li>
 *   <li>{@link org.carecoop.analysis.uncertainty.SobolAnalysis}: first- and total-order Sobol indices with
 *       bootstrap intervals, and plain-words explanations.</li>
 * </ul>
 *
 * <p>It depends only on Commons Math (and may use {@code org.carecoop.analysis} and {@code model}), never
 * on the scenario format or the command line.
 */
package org.carecoop.analysis.uncertainty;
