package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Sobol low-discrepancy sequence from Commons Math (Joe and Kuo's direction numbers, up to 1000
 * dimensions), <b>unscrambled</b>: the same points for every seed, which is why its error cannot be
 * estimated by repeating with new seeds (a bootstrap over its points is conservative instead). The first
 * point, all zeros, is skipped, so row i is the sequence's point i + 1 and every value lies in (0, 1).
 * Balance is best when N is a power of two.
 */
public final class SobolSampler implements Sampler {
    /** Commons Math's limit on dimensions. */
    public static final int MAX_DIMENSION = 1000;

    /** Uniforms per row. */
    private final int dimension;

    public SobolSampler(int dimension) {
        Sampler.checkDimension(dimension);
        if (dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("Sobol sampling handles up to " + MAX_DIMENSION + " dimensions, asked for " + dimension);
        }
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double[][] rows(long from, long to) {
        // Commons Math counts points with an int; point to + 1 must fit
        Sampler.checkRange(from, to, Integer.MAX_VALUE - 1);
        double[][] rows = new double[(int) (to - from)][];
        if (rows.length == 0) {
            return rows;
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dimension);
        rows[0] = generator.skipTo((int) from + 1);
        for (int i = 1; i < rows.length; i++) {
            rows[i] = generator.nextVector();
        }
        return rows;
    }
}
