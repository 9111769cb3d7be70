package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecoop.statutory.StatutoryParameter;

/**
 * Edits of a scenario tree guided by the format: setting one parameter by its path, and merging
 * one scenario over another (for {@code extends} and for a variant's blocks). Nothing here mutates:
 * each edit returns a new tree.
 */
public final class Tree {
    private Tree() {}

    /**
     * Sets the value at a path, creating blocks that are not written yet. A block written as the
     * value is merged into what is there.
     *
     * @param origin where the change was written, for error messages
     */
    public static Node.MapNode set(Node.MapNode root, ParamPath path, Node value, Source origin) {
        return (Node.MapNode) setIn(RecordSpec.scenario(), root, path, 0, value, origin, "");
    }

    private static Node setIn(RecordSpec spec, Node.MapNode map, ParamPath path, int index, Node value,
                              Source origin, String done) {
        ParamPath.Segment segment = path.segments().get(index);
        String here = Binder.join(done, segment.key());
        FieldSpec field = spec.field(segment.key()).orElseThrow(() -> ScenarioException.of(origin, path.text(),
                "no parameter '" + segment.key() + "'" + (done.isEmpty() ? "" : " in " + done),
                withHint(segment.key(), spec.keys())));
        boolean last = index == path.segments().size() - 1;
        Optional<Node> current = map.get(field.key());
        Source keySource = current.map(Node::source).orElse(origin);
        switch (field.kind()) {
            case RECORD: {
                noItem(segment, origin, path);
                Node.MapNode child = current.filter(Node.MapNode.class::isInstance).map(Node.MapNode.class::cast)
                        .orElse(new Node.MapNode(Map.of(), origin));
                Node updated = last ? mergeValue(field, child, value, origin, path)
                        : setIn(field.nested(), child, path, index + 1, value, origin, here);
                return map.with(field.key(), updated, keySource);
            }
            case RECORD_LIST: {
                if (segment.item() == null && last && value instanceof Node.ListNode whole) {
                    // a whole list written as the value replaces the list
                    return map.with(field.key(), whole, keySource);
                }
                if (segment.item() == null) {
                    throw ScenarioException.of(origin, path.text(), field.key() + " is a list: name one of its items",
                            "for example " + field.key() + "[" + exampleName(field, current) + "], or a whole list as the value");
                }
                if (!(current.orElse(null) instanceof Node.ListNode list)) {
                    throw ScenarioException.of(origin, path.text(), "there are no " + field.key() + " to change",
                            "add them to the scenario first");
                }
                int at = findItem(field.nested(), list, segment.item());
                if (at < 0) {
                    List<String> names = itemNames(field.nested(), list);
                    String hint = Suggest.hint(segment.item(), names);
                    throw ScenarioException.of(origin, path.text(), "no item '" + segment.item() + "' in " + field.key(),
                            names.isEmpty() ? "the list is empty" : (hint.isEmpty() ? "" : hint + " ") + "items: " + String.join(", ", names));
                }
                if (!(list.items().get(at) instanceof Node.MapNode item)) {
                    throw ScenarioException.of(list.items().get(at).source(), here, "expected a block of keys", "");
                }
                Node updated = last ? merge(field.nested(), item, asMap(value, origin, path))
                        : setIn(field.nested(), item, path, index + 1, value, origin, here + "[" + segment.item() + "]");
                return map.with(field.key(), list.with(at, updated), keySource);
            }
            case SCHEDULE_MAP: {
                noItem(segment, origin, path);
                Node.MapNode child = current.filter(Node.MapNode.class::isInstance).map(Node.MapNode.class::cast)
                        .orElse(new Node.MapNode(Map.of(), origin));
                if (last) {
                    return map.with(field.key(), shallow(child, asMap(value, origin, path)), keySource);
                }
                if (index + 2 != path.segments().size()) {
                    throw ScenarioException.of(origin, path.text(), "too many parts after statutory",
                            "statutory.NAME, for example statutory.national_living_wage");
                }
                String name = path.segments().get(index + 1).key();
                List<String> names = java.util.Arrays.stream(StatutoryParameter.values()).map(StatutoryParameter::key).toList();
                if (!names.contains(name)) {
                    throw ScenarioException.of(origin, path.text(), "no statutory figure '" + name + "'",
                            withHint(name, names));
                }
                return map.with(field.key(), child.with(name, value, origin), keySource);
            }
            case CHANGES_MAP:
            case TEXT_MAP:
                throw ScenarioException.of(origin, path.text(), field.key() + " cannot be changed this way",
                        "edit the scenario file");
            default:
                noItem(segment, origin, path);
                if (!last) {
                    throw ScenarioException.of(origin, path.text(), here + " is a single value and has no parts",
                            "the path " + here);
                }
                return map.with(field.key(), value, keySource);
        }
    }

    private static Node mergeValue(FieldSpec field, Node.MapNode current, Node value, Source origin, ParamPath path) {
        return merge(field.nested(), current, asMap(value, origin, path));
    }

    private static Node.MapNode asMap(Node value, Source origin, ParamPath path) {
        if (value instanceof Node.MapNode map) {
            return map;
        }
        throw ScenarioException.of(value.source().inFile() ? value.source() : origin, path.text(),
                "this is a block of keys, so its value must be one too", "{key: value, ...}");
    }

    private static void noItem(ParamPath.Segment segment, Source origin, ParamPath path) {
        if (segment.item() != null) {
            throw ScenarioException.of(origin, path.text(), segment.key() + " is not a list", "the path without [" + segment.item() + "]");
        }
    }

    /**
     * Merges {@code over} onto {@code base}: keys of {@code over} win; blocks merge key by key; list
     * items with the same name merge, new ones are added; anything else is replaced.
     */
    public static Node.MapNode merge(RecordSpec spec, Node.MapNode base, Node.MapNode over) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>(base.entries());
        for (Node.Entry entry : over.entries().values()) {
            Node.Entry old = entries.get(entry.key());
            Optional<FieldSpec> field = spec.field(entry.key());
            Node merged = entry.value();
            if (old != null && field.isPresent()) {
                merged = switch (field.get().kind()) {
                    case RECORD -> old.value() instanceof Node.MapNode a && entry.value() instanceof Node.MapNode b
                            ? merge(field.get().nested(), a, b) : entry.value();
                    case RECORD_LIST -> old.value() instanceof Node.ListNode a && entry.value() instanceof Node.ListNode b
                            ? mergeList(field.get().nested(), a, b) : entry.value();
                    case SCHEDULE_MAP, CHANGES_MAP, TEXT_MAP ->
                            old.value() instanceof Node.MapNode a && entry.value() instanceof Node.MapNode b
                                    ? shallow(a, b) : entry.value();
                    default -> entry.value();
                };
            }
            entries.put(entry.key(), new Node.Entry(entry.key(), entry.keySource(), merged));
        }
        return new Node.MapNode(entries, over.source().inFile() ? over.source() : base.source());
    }

    private static Node.MapNode shallow(Node.MapNode base, Node.MapNode over) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>(base.entries());
        entries.putAll(over.entries());
        return new Node.MapNode(entries, over.source());
    }

    private static Node.ListNode mergeList(RecordSpec spec, Node.ListNode base, Node.ListNode over) {
        List<Node> items = new ArrayList<>(base.items());
        for (Node item : over.items()) {
            int at = item instanceof Node.MapNode m ? spec.itemName(m).map(name -> findItem(spec, base, name)).orElse(-1) : -1;
            if (at >= 0 && items.get(at) instanceof Node.MapNode old) {
                items.set(at, merge(spec, old, (Node.MapNode) item));
            } else {
                items.add(item);
            }
        }
        return new Node.ListNode(items, over.source());
    }

    /** The index of the item with this name, or of this index when the name is a number; -1 if none. */
    static int findItem(RecordSpec spec, Node.ListNode list, String name) {
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof Node.MapNode m && spec.itemName(m).filter(name::equals).isPresent()) {
                return i;
            }
        }
        // more than nine digits cannot be an index of a list (nor fit an int): no such item
        if (name.matches("\\d{1,9}")) {
            int index = Integer.parseInt(name);
            return index < list.items().size() ? index : -1;
        }
        return -1;
    }

    static List<String> itemNames(RecordSpec spec, Node.ListNode list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            names.add(item instanceof Node.MapNode m ? spec.itemName(m).orElse(String.valueOf(i)) : String.valueOf(i));
        }
        return names;
    }

    private static String exampleName(FieldSpec field, Optional<Node> current) {
        if (current.orElse(null) instanceof Node.ListNode list && !list.items().isEmpty()) {
            return itemNames(field.nested(), list).get(0);
        }
        return "0";
    }

    private static String withHint(String typed, List<String> candidates) {
        String hint = Suggest.hint(typed, candidates);
        return hint.isEmpty() ? "one of: " + String.join(", ", candidates) : hint;
    }

    /**
     * Where the value at a path was written: the value itself when it is in the tree, otherwise
     * the nearest block above it (a default is "written" where its block is).
     */
    public static Source locate(Node.MapNode root, String path) {
        Node node = root;
        RecordSpec spec = RecordSpec.scenario();
        for (ParamPath.Segment segment : ParamPath.parse(path).segments()) {
            if (!(node instanceof Node.MapNode map)) {
                break;
            }
            Optional<Node> child = map.get(segment.key());
            if (child.isEmpty()) {
                return map.source();
            }
            node = child.get();
            FieldSpec field = spec == null ? null : spec.field(segment.key()).orElse(null);
            spec = field != null && (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST)
                    ? field.nested() : null;
            if (segment.item() != null && node instanceof Node.ListNode list) {
                // find the item by its naming keys, as set does: with {stream: council, name: urban} and
                // {stream: self-funded, name: council}, clients[council] is the second
                int at = spec == null ? -1 : findItem(spec, list, segment.item());
                if (at < 0) {
                    return list.source();
                }
                node = list.items().get(at);
            }
        }
        return node.source();
    }
}
