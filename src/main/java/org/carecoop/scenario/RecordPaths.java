package org.carecoop.scenario;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets numbers at parameter paths of bound scenario records, giving new records: the fast way to vary
 * a few inputs many times, without writing YAML and binding it again each time. The paths are bound
 * to the records once ({@link #bind}): which field of which record, which item of which list, and the
 * fields that do not change are read then. Each set of values then builds only the records on the paths,
 * each once however many of its fields change, from those fields and the new numbers.
 */
final class RecordPaths {
    private RecordPaths() {}

    /**
     * The paths bound to the records of {@code root}, for values in the paths' order; null when a path
     * passes through a block the scenario leaves out or an item it does not have (the caller then takes
     * the slow way, through the tree).
     */
    static Bound bind(ScenarioFile root, List<ParamPath> paths) {
        Node node = new Node(RecordSpec.scenario(), root);
        for (int i = 0; i < paths.size(); i++) {
            if (!node.add(paths.get(i), 0, i)) {
                return null;
            }
        }
        return new Bound(node);
    }

    /** Paths bound to the records of one scenario; safe to use from several threads at once. */
    static final class Bound {
        private final Node root;

        private Bound(Node root) {
            this.root = root;
        }

        /** The records the paths were bound to, with the values set. */
        ScenarioFile with(double[] values) {
            return (ScenarioFile) root.apply(values);
        }
    }

    /** What changes in one field of a record: its new value, from the field's value as bound and the numbers. */
    private interface Change {
        Object apply(Object bound, double[] values);
    }

    /** A record on the paths: its fields as bound, the fields that change in it, and how. */
    private static final class Node implements Change {
        private static final MethodType BUILDER = MethodType.methodType(Object.class, Object[].class);

        private final RecordSpec spec;
        /** The record's fields as bound. */
        private final Object[] fields;
        /** The canonical constructor, as (Object[]) Object. */
        private final MethodHandle constructor;
        /** Changes by field position; null where the field is kept. */
        private final Change[] changes;

        Node(RecordSpec spec, Record record) {
            this.spec = spec;
            int n = spec.fields().size();
            this.fields = new Object[n];
            for (int i = 0; i < n; i++) {
                fields[i] = get(spec.fields().get(i).component().getAccessor(), record);
            }
            try {
                this.constructor = MethodHandles.lookup().unreflectConstructor(spec.constructor())
                        .asSpreader(Object[].class, n).asType(BUILDER);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e);
            }
            this.changes = new Change[n];
        }

        /** Adds the path from segment {@code index} on, within {@code record}; false when the record lacks it. */
        boolean add(ParamPath path, int index, int input) {
            ParamPath.Segment segment = path.segments().get(index);
            FieldSpec field = spec.field(segment.key()).orElseThrow();
            int at = spec.fields().indexOf(field);
            Object current = fields[at];
            boolean last = index == path.segments().size() - 1;
            switch (field.kind()) {
                case RECORD -> {
                    if (current == null) {
                        return false;
                    }
                    Node nested = changes[at] instanceof Node n ? n : new Node(field.nested(), (Record) current);
                    changes[at] = nested;
                    return nested.add(path, index + 1, input);
                }
                case RECORD_LIST -> {
                    List<?> items = (List<?>) current;
                    int position = -1;
                    for (int i = 0; i < items.size() && position < 0; i++) {
                        Record item = (Record) items.get(i);
                        if (Params.itemName(field.nested(), item).equals(segment.item())
                                || String.valueOf(i).equals(segment.item())) {
                            position = i;
                        }
                    }
                    if (position < 0) {
                        return false;
                    }
                    Items list = changes[at] instanceof Items l ? l : new Items();
                    changes[at] = list;
                    return list.node(position, field.nested(), (Record) items.get(position)).add(path, index + 1, input);
                }
                case SCHEDULE_MAP -> {
                    Entries entries = changes[at] instanceof Entries e ? e : new Entries();
                    changes[at] = entries;
                    entries.keys.add(path.segments().get(index + 1).key());
                    entries.inputs.add(input);
                    return true;
                }
                case NUMBER, WHOLE_NUMBER, SCHEDULE -> {
                    if (!last) {
                        throw new IllegalStateException(path + " goes on past a number");
                    }
                    changes[at] = new Value(field.kind(), input);
                    return true;
                }
                default -> throw new IllegalStateException(path + " is not a number");
            }
        }

        /** The record with the values set. */
        Object apply(double[] values) {
            return apply(null, values);
        }

        @Override
        public Object apply(Object bound, double[] values) {
            Object[] args = fields.clone();
            for (int i = 0; i < args.length; i++) {
                if (changes[i] != null) {
                    args[i] = changes[i].apply(args[i], values);
                }
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e);
            }
        }
    }

    /** Items of a list that change, by position. */
    private static final class Items implements Change {
        private final List<Integer> positions = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();

        Node node(int position, RecordSpec spec, Record item) {
            int i = positions.indexOf(position);
            if (i >= 0) {
                return nodes.get(i);
            }
            positions.add(position);
            nodes.add(new Node(spec, item));
            return nodes.get(nodes.size() - 1);
        }

        @Override
        public Object apply(Object bound, double[] values) {
            Object[] items = ((List<?>) bound).toArray();
            for (int i = 0; i < positions.size(); i++) {
                int at = positions.get(i);
                items[at] = nodes.get(i).apply(items[at], values);
            }
            return List.of(items);
        }
    }

    /** Keys of a map of schedules (the scenario's own statutory figures) set to a figure each. */
    private static final class Entries implements Change {
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> inputs = new ArrayList<>();

        @Override
        public Object apply(Object bound, double[] values) {
            Map<String, Object> map = new LinkedHashMap<>(bound == null ? Map.of() : castMap((Map<?, ?>) bound));
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), Schedule.of(values[inputs.get(i)]));
            }
            return java.util.Collections.unmodifiableMap(map);
        }
    }

    /** A number: whole numbers rounded, schedules made one figure for the whole plan. */
    private record Value(FieldSpec.Kind kind, int input) implements Change {
        @Override
        public Object apply(Object bound, double[] values) {
            double value = values[input];
            return switch (kind) {
                case WHOLE_NUMBER -> (int) Math.round(value);
                case SCHEDULE -> Schedule.of(value);
                default -> value;
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object get(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
