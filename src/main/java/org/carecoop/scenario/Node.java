package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario as written: YAML maps, lists and scalars, each knowing where it was written. Overrides
 * ({@code extends}, variants, {@code --set}) operate on this tree before it is bound to records, so
 * every value keeps the place it came from for error messages and for {@code params}.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Source source();

    /** A short name of the node's kind for messages: "a map", "a list", "a number". */
    String describe();

    /** A YAML mapping; keys keep their order and their own positions. */
    record MapNode(Map<String, Entry> entries, Source source) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Node> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        public MapNode with(String key, Node value, Source keySource) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            Entry old = copy.get(key);
            copy.put(key, new Entry(key, old == null ? keySource : old.keySource(), value));
            return new MapNode(copy, source);
        }

        public MapNode without(String key) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new MapNode(copy, source);
        }

        @Override
        public String describe() {
            return "a map of keys";
        }
    }

    /** One key of a map, with where the key itself was written. */
    record Entry(String key, Source keySource, Node value) {}

    /** A YAML sequence. */
    record ListNode(List<Node> items, Source source) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        public ListNode with(int index, Node value) {
            List<Node> copy = new ArrayList<>(items);
            copy.set(index, value);
            return new ListNode(copy, source);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A YAML scalar: its text and the type YAML 1.2's core schema gives it (a quoted scalar is
     * always text).
     */
    record Scalar(String text, Type type, Source source) implements Node {
        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        public Scalar {
            if (text == null || type == null) {
                throw new IllegalArgumentException("a scalar needs text and a type");
            }
        }

        public boolean isNumber() {
            return type == Type.INTEGER || type == Type.DECIMAL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case TEXT -> "text '" + text + "'";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "'" + text + "' (true/false)";
                case NULL -> "an empty value";
            };
        }
    }
}
