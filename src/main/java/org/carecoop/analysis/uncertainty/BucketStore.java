package org.carecoop.analysis.uncertainty;

/**
 * Counts per logarithmic bucket index for one sign of a {@link QuantileSketch}: a dense array over the
 * occupied indices. At most {@code maxBuckets} indices are kept; when the highest index rises beyond that,
 * the lowest (the values nearest zero) are folded into the lowest kept index. The fold point depends only on
 * the highest index ever seen, so the final counts are the same in whatever order values and merges came.
 */
final class BucketStore {
    /** The most indices kept. */
    private final int maxBuckets;
    /** counts[i] is the count at index base + i. */
    private long[] counts = new long[0];
    /** The index of counts[0]. */
    private int base;
    /** The lowest occupied index (when total is above zero). */
    private int lowest;
    /** The highest index seen (when total is above zero). */
    private int highest;
    /** Values counted. */
    private long total;

    BucketStore(int maxBuckets) {
        this.maxBuckets = maxBuckets;
    }

    long total() {
        return total;
    }

    int lowest() {
        return lowest;
    }

    int highest() {
        return highest;
    }

    long count(int index) {
        return index < base || index >= base + counts.length ? 0 : counts[index - base];
    }

    /** Memory in use, in buckets. */
    int capacity() {
        return counts.length;
    }

    void add(int index, long n) {
        if (n <= 0) {
            return;
        }
        if (total > 0 && index >= lowest && index <= highest) {
            // the usual case once the range is known: the array covers [lowest, highest]
            counts[index - base] += n;
            total += n;
            return;
        }
        if (total == 0) {
            lowest = index;
            highest = index;
        } else if (index > highest) {
            highest = index;
        }
        int floor = highest - maxBuckets + 1;
        if (lowest < floor) {
            fold(floor);
        }
        int at = Math.max(index, floor);
        lowest = Math.min(lowest, at);
        cover(lowest, highest);
        counts[at - base] += n;
        total += n;
    }

    /** Moves the counts below {@code floor} onto it. */
    private void fold(int floor) {
        long folded = 0;
        int top = Math.min(floor - 1, base + counts.length - 1);
        for (int i = Math.max(lowest, base); i <= top; i++) {
            folded += counts[i - base];
            counts[i - base] = 0;
        }
        lowest = floor;
        cover(floor, highest);
        counts[floor - base] += folded;
    }

    /** Makes the array span [from, to], keeping its counts (all of which lie inside that span). */
    private void cover(int from, int to) {
        if (counts.length > 0 && from >= base && to < base + counts.length) {
            return;
        }
        int span = to - from + 1;
        int slack = Math.min(maxBuckets, Math.max(32, span / 2));
        int newBase = from - (from < base || counts.length == 0 ? slack : 0);
        int newLength = to + (to >= base + counts.length ? slack : 0) - newBase + 1;
        long[] grown = new long[newLength];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                grown[base + i - newBase] += counts[i];
            }
        }
        counts = grown;
        base = newBase;
    }

    void merge(BucketStore other) {
        if (other.total == 0) {
            return;
        }
        for (int i = other.lowest; i <= other.highest; i++) {
            long c = other.count(i);
            if (c > 0) {
                add(i, c);
            }
        }
    }
}
