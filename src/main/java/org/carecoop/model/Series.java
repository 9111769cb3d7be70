package org.carecoop.model;

import java.util.Arrays;

/** An immutable run of monthly figures, month 0 being the plan's first month. */
public final class Series {
    private final double[] values;

    private Series(double[] values) {
        this.values = values;
    }

    /** Copies the values, so later changes to the array do not reach the series. */
    public static Series of(double... values) {
        return new Series(values.clone());
    }

    /** Takes ownership of an array the caller will not change again: no copy (the projection's own lines). */
    static Series wrap(double[] values) {
        return new Series(values);
    }

    /** The values themselves, not a copy: for the model's own reading, never to be changed. */
    double[] values() {
        return values;
    }

    public static Series constant(int months, double value) {
        double[] v = new double[months];
        Arrays.fill(v, value);
        return new Series(v);
    }

    public double at(int month) {
        return values[month];
    }

    public int length() {
        return values.length;
    }

    public double sum() {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** Sum over months [from, to). */
    public double sum(int from, int to) {
        double total = 0;
        for (int m = Math.max(0, from); m < Math.min(to, values.length); m++) {
            total += values[m];
        }
        return total;
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
