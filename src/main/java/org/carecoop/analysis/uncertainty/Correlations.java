package org.carecoop.analysis.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * How some uncertain inputs move together (for example wages and fee uplifts), as a correlation matrix
 * applied with a Gaussian copula: independent uniforms become standard normals (Phi^-1), the matrix's
 * Cholesky factor L correlates them (z' = L z), and Phi maps them back to uniforms, which each input then
 * feeds through its own inverse cdf. Each input keeps its own distribution; only the dependence changes.
 *
 * <p>The matrix holds the correlations of the normal scores. The rank (Spearman) correlation the inputs
 * then show is a little weaker: (6 / pi) asin(rho / 2), so 0.7 gives about 0.683 ({@link #rankCorrelation}).
 *
 * <p>Checked when built: square, one row per input, symmetric, ones on the diagonal, every entry from -1
 * to 1, and positive definite (the Cholesky factorisation succeeds); each failure says why.
 */
public final class Correlations {
    /** How far two entries that should be equal (symmetry, the unit diagonal) may differ: rounding only. */
    static final double TOLERANCE = 1e-9;
    /** Uniforms handed on stay this far inside (0, 1), so no inverse cdf sees 0 or 1. */
    private static final double EDGE = 0x1.0p-53;

    /** The inputs, in the matrix's order. */
    private final List<String> names;
    /** The correlation matrix as given. */
    private final double[][] matrix;
    /** Its lower-triangular Cholesky factor L, with L L^T = matrix. */
    private final double[][] factor;

    private Correlations(List<String> names, double[][] matrix, double[][] factor) {
        this.names = names;
        this.matrix = matrix;
        this.factor = factor;
    }

    /**
     * @param names  the inputs the matrix's rows and columns stand for, in order
     * @param matrix their correlations, one row per input
     * @throws IllegalArgumentException saying what is wrong with the names or the matrix
     */
    public static Correlations of(List<String> names, double[][] matrix) {
        List<String> n = List.copyOf(names);
        Set<String> seen = new HashSet<>();
        for (String name : n) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a correlated input needs a name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("'" + name + "' appears twice among the correlated inputs");
            }
        }
        int k = n.size();
        if (matrix.length != k) {
            throw new IllegalArgumentException("the correlation matrix has " + matrix.length + " rows for " + k
                    + " inputs (" + String.join(", ", n) + "); it needs one row per input");
        }
        double[][] m = new double[k][];
        for (int i = 0; i < k; i++) {
            if (matrix[i].length != k) {
                throw new IllegalArgumentException("row " + (i + 1) + " (" + n.get(i) + ") of the correlation matrix has "
                        + matrix[i].length + " entries; it needs " + k + ", one per input");
            }
            m[i] = matrix[i].clone();
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = m[i][j];
                if (!(r >= -1 && r <= 1)) {
                    throw new IllegalArgumentException("the correlation of " + n.get(i) + " with " + n.get(j) + " is "
                            + Numbers.show(r) + "; a correlation runs from -1 to 1");
                }
            }
            if (Math.abs(m[i][i] - 1) > TOLERANCE) {
                throw new IllegalArgumentException("the correlation of " + n.get(i) + " with itself must be 1, found "
                        + Numbers.show(m[i][i]));
            }
            for (int j = 0; j < i; j++) {
                if (Math.abs(m[i][j] - m[j][i]) > TOLERANCE) {
                    throw new IllegalArgumentException("the correlation of " + n.get(i) + " with " + n.get(j) + " ("
                            + Numbers.show(m[i][j]) + ") differs from that of " + n.get(j) + " with " + n.get(i) + " ("
                            + Numbers.show(m[j][i]) + "); the matrix must be symmetric");
                }
            }
        }
        RealMatrix real = new Array2DRowRealMatrix(m, false);
        double[][] factor;
        try {
            factor = new CholeskyDecomposition(real, TOLERANCE, CholeskyDecomposition.DEFAULT_ABSOLUTE_POSITIVITY_THRESHOLD)
                    .getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException(notPositiveDefinite(n, real));
        }
        return new Correlations(n, m, factor);
    }

    /** No correlation: the inputs are independent. */
    public static Correlations independent(List<String> names) {
        int k = names.size();
        double[][] identity = new double[k][k];
        for (int i = 0; i < k; i++) {
            identity[i][i] = 1;
        }
        return of(names, identity);
    }

    private static String notPositiveDefinite(List<String> names, RealMatrix matrix) {
        EigenDecomposition eigen = new EigenDecomposition(matrix);
        double[] values = eigen.getRealEigenvalues();
        int smallest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[smallest]) {
                smallest = i;
            }
        }
        // the inputs that weigh most in the offending direction are the ones whose correlations conflict
        RealVector direction = eigen.getEigenvector(smallest);
        List<String> involved = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (Math.abs(direction.getEntry(i)) >= 0.3) {
                involved.add(names.get(i));
            }
        }
        return "the correlation matrix is not positive definite: these inputs cannot be correlated this way (its smallest"
                + " eigenvalue is " + (Math.abs(values[smallest]) < 1e-12 ? "0" : String.format(Locale.ROOT, "%.3g", values[smallest]))
                + " and must be above zero"
                + (involved.isEmpty() ? "" : "; the conflict is among " + String.join(", ", involved)) + ")";
    }

    /** The rank (Spearman) correlation a Gaussian copula with normal-score correlation rho gives: (6 / pi) asin(rho / 2). */
    public static double rankCorrelation(double rho) {
        return 6 / Math.PI * Math.asin(rho / 2);
    }

    /** The normal-score correlation that gives a wanted rank correlation: 2 sin(pi r / 6). */
    public static double forRankCorrelation(double rankCorrelation) {
        return 2 * Math.sin(Math.PI * rankCorrelation / 6);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The correlation of the i-th input with the j-th. */
    public double get(int i, int j) {
        return matrix[i][j];
    }

    /** A copy of the matrix. */
    public double[][] matrix() {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * Correlates independent uniforms, one per input in {@link #names()} order, into uniforms with this
     * dependence. {@code into} may be {@code uniforms} itself.
     */
    public void correlate(double[] uniforms, double[] into) {
        int k = factor.length;
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            z[i] = StandardNormal.inverse(uniforms[i]);
        }
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double[] row = factor[i];
            for (int j = 0; j <= i; j++) {
                sum += row[j] * z[j];
            }
            into[i] = Math.min(1 - EDGE, Math.max(EDGE, StandardNormal.cdf(sum)));
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("correlations of ").append(String.join(", ", names)).append(':');
        for (double[] row : matrix) {
            s.append("\n ");
            for (double r : row) {
                s.append(' ').append(Numbers.show(r));
            }
        }
        return s.toString();
    }
}
