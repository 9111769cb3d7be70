package org.carecoop.analysis.uncertainty;

/**
 * A Latin hypercube of N rows: each dimension's (0, 1) is cut into N equal strata and every stratum holds
 * exactly one row's value, placed at random within it; the strata are matched across dimensions by an
 * independent random shuffle per dimension. Row i, dimension j is (pi_j(i) + u_ij) / N, where pi_j is a
 * seeded {@link KeyedPermutation} (computed per index, so no N-long shuffle is stored) and u_ij comes from a
 * {@link RandomSampler} with a seed derived from the user's.
 */
public final class LatinHypercubeSampler implements Sampler {
    /** Uniforms per row. */
    private final int dimension;
    /** The number of rows, N. */
    private final long size;
    /** One shuffle of the strata per dimension. */
    private final KeyedPermutation[] strata;
    /** Where within its stratum each value falls. */
    private final RandomSampler jitter;

    public LatinHypercubeSampler(int dimension, long size, long seed) {
        Sampler.checkDimension(dimension);
        if (size < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least one row, found " + size);
        }
        this.dimension = dimension;
        this.size = size;
        this.strata = new KeyedPermutation[dimension];
        for (int j = 0; j < dimension; j++) {
            strata[j] = new KeyedPermutation(size, Seeds.derive(seed, 2, j));
        }
        this.jitter = new RandomSampler(dimension, Seeds.derive(seed, 3, 0));
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** The number of rows, N. */
    public long size() {
        return size;
    }

    @Override
    public double[][] rows(long from, long to) {
        Sampler.checkRange(from, to, size);
        double[][] rows = jitter.rows(from, to);
        double n = size;
        for (long i = from; i < to; i++) {
            double[] r = rows[(int) (i - from)];
            for (int j = 0; j < dimension; j++) {
                r[j] = Math.min(Math.nextDown(1.0), (strata[j].apply(i) + r[j]) / n);
            }
        }
        return rows;
    }
}
