package org.carecoop.analysis.uncertainty;

/**
 * A design of N points in the unit cube of some dimension: an N x k matrix of uniforms in the open
 * interval (0, 1), row i for the i-th model run. Deterministic for a seed, and any block of rows
 * [from, to) comes out the same however the rows are split into chunks, so runs can be spread over
 * threads without changing a single number.
 */
public sealed interface Sampler permits RandomSampler, LatinHypercubeSampler, SobolSampler {

    /** Uniforms in each row. */
    int dimension();

    /**
     * Rows [from, to) of the design.
     *
     * @throws IllegalArgumentException when the range is empty the wrong way round, negative, or beyond
     *                                  the design (Latin hypercubes have exactly N rows)
     */
    double[][] rows(long from, long to);

    /** Row i alone. */
    default double[] row(long i) {
        return rows(i, i + 1)[0];
    }

    /**
     * @param size the number of rows that will be used (a Latin hypercube's N; the others are unbounded)
     * @param seed the seed (Sobol ignores it)
     */
    static Sampler of(SamplingMethod method, int dimension, long size, long seed) {
        return switch (method) {
            case RANDOM -> new RandomSampler(dimension, seed);
            case LHS -> new LatinHypercubeSampler(dimension, size, seed);
            case SOBOL -> new SobolSampler(dimension);
        };
    }

    static void checkRange(long from, long to, long size) {
        if (from < 0 || to < from || to > size) {
            throw new IllegalArgumentException("rows " + from + " to " + to + " are outside a design of " + size + " rows");
        }
        if (to - from > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ask for rows in chunks: " + (to - from) + " rows do not fit in one array");
        }
    }

    static void checkDimension(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("a design needs at least one dimension, found " + dimension);
        }
    }
}
