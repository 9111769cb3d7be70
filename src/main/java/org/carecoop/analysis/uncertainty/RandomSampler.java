package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.random.Well19937c;

/**
 * Independent pseudo-random uniforms from Commons Math's Well19937c. The rows are cut into fixed blocks of
 * {@link #BLOCK} rows, each with its own generator seeded from the user's seed and the block's number, so
 * row i can be computed without the rows before its block, and any chunking gives the same numbers.
 */
public final class RandomSampler implements Sampler {
    /** Rows per generator: row i costs at most this many rows of skipped draws. */
    static final int BLOCK = 1024;
    /** Added to each 52-bit draw so no uniform is exactly 0 (nor reaches 1). */
    private static final double HALF_STEP = 0x1.0p-53;
    /** Tells these blocks' seeds apart from other streams derived from the same seed. */
    private static final long SALT = 1;

    /** Uniforms per row. */
    private final int dimension;
    /** The user's seed. */
    private final long seed;

    public RandomSampler(int dimension, long seed) {
        Sampler.checkDimension(dimension);
        this.dimension = dimension;
        this.seed = seed;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double[][] rows(long from, long to) {
        Sampler.checkRange(from, to, Long.MAX_VALUE);
        double[][] rows = new double[(int) (to - from)][dimension];
        long row = from;
        while (row < to) {
            long block = row / BLOCK;
            long blockEnd = Math.min(to, (block + 1) * BLOCK);
            Well19937c generator = new Well19937c(Seeds.words(Seeds.derive(seed, SALT, block)));
            for (long skip = (row - block * BLOCK) * dimension; skip > 0; skip--) {
                generator.nextDouble();
            }
            for (; row < blockEnd; row++) {
                double[] r = rows[(int) (row - from)];
                for (int j = 0; j < dimension; j++) {
                    r[j] = generator.nextDouble() + HALF_STEP;
                }
            }
        }
        return rows;
    }
}
