package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets one number at a parameter path of bound scenario records, giving new records: the fast way
 * to vary a few inputs many times, without writing YAML and binding it again each time.
 */
final class RecordPaths {
    private RecordPaths() {}

    /**
     * The records with the value at {@code path} replaced, or null when the path passes through a
     * block the scenario leaves out (the caller then takes the slow way, through the tree).
     */
    static ScenarioFile with(ScenarioFile root, ParamPath path, double value) {
        return (ScenarioFile) with(RecordSpec.scenario(), root, path, 0, value);
    }

    private static Record with(RecordSpec spec, Record record, ParamPath path, int index, double value) {
        if (record == null) {
            return null;
        }
        ParamPath.Segment segment = path.segments().get(index);
        FieldSpec field = spec.field(segment.key()).orElseThrow();
        Object current = get(field, record);
        Object replaced;
        boolean last = index == path.segments().size() - 1;
        switch (field.kind()) {
            case RECORD -> replaced = with(field.nested(), (Record) current, path, index + 1, value);
            case RECORD_LIST -> {
                List<Object> items = new ArrayList<>((List<?>) current);
                int at = -1;
                for (int i = 0; i < items.size() && at < 0; i++) {
                    Record item = (Record) items.get(i);
                    if (Params.itemName(field.nested(), item).equals(segment.item()) || String.valueOf(i).equals(segment.item())) {
                        at = i;
                    }
                }
                if (at < 0) {
                    return null;
                }
                Record item = with(field.nested(), (Record) items.get(at), path, index + 1, value);
                if (item == null) {
                    return null;
                }
                items.set(at, item);
                replaced = List.copyOf(items);
            }
            case SCHEDULE_MAP -> {
                Map<String, Object> map = new LinkedHashMap<>(current == null ? Map.of() : castMap((Map<?, ?>) current));
                map.put(path.segments().get(index + 1).key(), Schedule.of(value));
                replaced = java.util.Collections.unmodifiableMap(map);
            }
            case NUMBER -> replaced = value;
            case WHOLE_NUMBER -> replaced = (int) Math.round(value);
            case SCHEDULE -> replaced = Schedule.of(value);
            default -> throw new IllegalStateException(path + " is not a number");
        }
        if (replaced == null || (!last && field.kind() != FieldSpec.Kind.RECORD && field.kind() != FieldSpec.Kind.RECORD_LIST
                && field.kind() != FieldSpec.Kind.SCHEDULE_MAP)) {
            return replaced == null ? null : record;
        }
        return copy(spec, record, field, replaced);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object get(FieldSpec field, Record record) {
        try {
            return field.component().getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.key(), e);
        }
    }

    private static Record copy(RecordSpec spec, Record record, FieldSpec changed, Object value) {
        Object[] args = new Object[spec.fields().size()];
        for (int i = 0; i < args.length; i++) {
            FieldSpec field = spec.fields().get(i);
            args[i] = field == changed ? value : get(field, record);
        }
        try {
            return spec.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e);
        }
    }
}
