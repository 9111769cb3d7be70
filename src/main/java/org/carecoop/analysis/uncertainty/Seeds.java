package org.carecoop.analysis.uncertainty;

/**
 * Derives independent seeds from one user seed with SplitMix64's finaliser (Steele, Lea and Flood 2014),
 * so every block of rows, every Latin hypercube column and every bootstrap resample gets its own stream.
 */
final class Seeds {
    /** The golden-ratio increment SplitMix64 steps by. */
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Seeds() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for stream {@code index} of purpose {@code salt} under the user's seed. */
    static long derive(long seed, long salt, long index) {
        return mix(mix(seed + GOLDEN * (salt + 1)) + GOLDEN * (index + 1));
    }

    /** Eight 32-bit words of seed material, to fill more of a Well generator's state than a long can. */
    static int[] words(long seed) {
        int[] words = new int[8];
        long z = seed;
        for (int i = 0; i < words.length; i += 2) {
            z += GOLDEN;
            long m = mix(z);
            words[i] = (int) (m >>> 32);
            words[i + 1] = (int) m;
        }
        return words;
    }
}
