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
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_\\-]*)(?:\\[([^\\[\\]]+)\\])?");

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
        for (String part : trimmed.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a parameter path: the part '" + part
                        + "' should be a key such as fee_per_hour or a list item such as clients[council]");
            }
            segments.add(new Segment(m.group(1), m.group(2) == null ? null : m.group(2).trim()));
        }
        return new ParamPath(trimmed, segments);
    }

    @Override
    public String toString() {
        return text;
    }
}
