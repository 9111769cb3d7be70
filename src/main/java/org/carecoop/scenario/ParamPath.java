package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter path, the project's one way to name an input: {@code care_workers.wage_per_hour},
 * {@code clients[council].fee_per_hour}, {@code statutory.national_living_wage}. The same path names a
 * {@code --set} override, a variant's change and an uncertain input.
 */
public record ParamPath(String text, List<Segment> segments) {
    // an item's name is whatever its block says, so it may hold dots, brackets or nothing at all
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_\\-]*)(?:\\[(.*)\\])?", Pattern.DOTALL);

    /** A key, with the name of a list item when the key is a list: {@code clients[council]}. */
    public record Segment(String key, String item) {
        @Override
        public String toString() {
            return item == null ? key : key + "[" + item + "]";
        }
    }

    public ParamPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
    }

    /** Parses a path; a malformed one is an {@link IllegalArgumentException} saying what is wrong. */
    public static ParamPath parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the path is empty");
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : splitOutsideBrackets(trimmed)) {
            Matcher m = SEGMENT.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a parameter path: the part '" + part
                        + "' should be a key such as fee_per_hour or a list item such as clients[council]");
            }
            segments.add(new Segment(m.group(1), m.group(2) == null ? null : m.group(2).trim()));
        }
        return new ParamPath(trimmed, segments);
    }

    /** Splits at the dots between keys, not those inside an item's name: overheads[St. John's hall].per_month. */
    private static List<String> splitOutsideBrackets(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    @Override
    public String toString() {
        return text;
    }
}
