package org.carecoop.analysis.uncertainty;

/**
 * A pseudo-random permutation of 0..n-1 computed one index at a time, in constant memory: a six-round
 * Feistel network over the smallest even number of bits that holds n, keyed by a seed, with cycle-walking
 * (re-applying the network until the result falls below n, which takes fewer than four steps on average).
 * A Latin hypercube needs one such shuffle per input; storing them would cost N integers per input.
 */
final class KeyedPermutation {
    private static final int ROUNDS = 6;

    /** The permutation's size. */
    private final long n;
    /** Bits in each Feistel half. */
    private final int halfBits;
    /** The mask of one half. */
    private final long halfMask;
    /** One key per round. */
    private final long[] keys = new long[ROUNDS];

    KeyedPermutation(long n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a permutation needs at least one element");
        }
        this.n = n;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        for (int r = 0; r < ROUNDS; r++) {
            keys[r] = Seeds.derive(seed, 7, r);
        }
    }

    /** Where index i goes, for i in [0, n). */
    long apply(long i) {
        long x = i;
        do {
            x = encrypt(x);
        } while (x >= n);
        return x;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (long key : keys) {
            long next = left ^ (Seeds.mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
