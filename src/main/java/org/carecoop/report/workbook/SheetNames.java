package org.carecoop.report.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names in plain words that every spreadsheet program accepts: at most 31 characters, none of
 * {@code [ ] : * ? / \}, not starting or ending with an apostrophe, unique ignoring case.
 */
final class SheetNames {
    static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    /** A safe, unique name from {@code wanted}; "Sheet" when nothing usable is left. */
    String take(String wanted) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "-").strip();
        while (clean.startsWith("'")) {
            clean = clean.substring(1);
        }
        clean = trimEnd(clean);
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String name = cut(clean, MAX);
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(clean, MAX - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : trimEnd(s.substring(0, max));
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
