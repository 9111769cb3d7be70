package org.carecoop.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for mistyped keys, words and names. */
public final class Suggest {
    private Suggest() {}

    /** The closest candidate to what was typed, when it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String wanted = normalise(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String norm = normalise(candidate);
            if (norm.equals(wanted)) {
                return Optional.of(candidate);
            }
            int distance = distance(wanted, norm);
            if (norm.startsWith(wanted) && wanted.length() >= 4) {
                distance = Math.min(distance, 1);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or an empty string. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> "did you mean '" + s + "'?").orElse("");
    }

    /** Lower case with separators removed, so feePerHour, fee-per-hour and fee_per_hour compare equal. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
    }

    /** Optimal string alignment distance: Levenshtein with adjacent swaps counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
