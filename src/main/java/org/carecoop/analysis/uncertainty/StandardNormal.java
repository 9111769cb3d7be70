package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.special.Erf;

/** The standard normal's cdf, inverse and density (Commons Math's erfc and erfInv), for copulas and truncation. */
final class StandardNormal {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private StandardNormal() {}

    /** Phi(z), accurate in the lower tail (erfc keeps the small numbers). */
    static double cdf(double z) {
        if (z == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /**
     * The inverse of Phi; minus and plus infinity at 0 and 1. Below p = 0.01, where 2p - 1 (erfInv's
     * argument) has lost digits of p, one Newton step on the accurate lower-tail cdf restores them.
     */
    static double inverse(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double z = SQRT2 * Erf.erfInv(2 * p - 1);
        if (p < 0.01 && z > Double.NEGATIVE_INFINITY) {
            z -= (cdf(z) - p) / density(z);
        }
        return z;
    }

    static double density(double z) {
        return Double.isInfinite(z) ? 0 : Math.exp(-0.5 * z * z) / SQRT_2PI;
    }

    /** z times the density: zero at the infinities. */
    static double zDensity(double z) {
        return Double.isInfinite(z) ? 0 : z * density(z);
    }

    /** Phi(hi) - Phi(lo), computed in whichever tail keeps its digits. */
    static double mass(double lo, double hi) {
        return lo >= 0 ? cdf(-lo) - cdf(-hi) : cdf(hi) - cdf(lo);
    }
}
