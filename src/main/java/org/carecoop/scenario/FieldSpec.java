package org.carecoop.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carecoop.model.Keyword;

/** One key of the scenario format, derived from a record component and its {@link Param}. */
public record FieldSpec(String key, RecordComponent component, Param param, Kind kind, Class<?> elementType) {

    /** The shapes a value can take. */
    public enum Kind {
        TEXT, NUMBER, WHOLE_NUMBER, BOOLEAN, MONTH, KEYWORD, SCHEDULE, RECORD, RECORD_LIST,
        SCHEDULE_MAP, TEXT_MAP, CHANGES_MAP
    }

    static FieldSpec of(RecordComponent component) {
        Param param = component.getAnnotation(Param.class);
        if (param == null) {
            throw new IllegalStateException(component + " has no @Param description");
        }
        String key = param.key().isEmpty() ? snakeCase(component.getName()) : param.key();
        Class<?> type = component.getType();
        Kind kind;
        Class<?> element = type;
        if (type == String.class) {
            kind = Kind.TEXT;
        } else if (type == double.class || type == Double.class) {
            kind = Kind.NUMBER;
        } else if (type == int.class || type == Integer.class) {
            kind = Kind.WHOLE_NUMBER;
        } else if (type == boolean.class || type == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (type == YearMonth.class) {
            kind = Kind.MONTH;
        } else if (type == Schedule.class) {
            kind = Kind.SCHEDULE;
        } else if (type.isEnum() && Keyword.class.isAssignableFrom(type)) {
            kind = Kind.KEYWORD;
        } else if (type.isRecord()) {
            kind = Kind.RECORD;
        } else if (type == List.class) {
            element = typeArgument(component.getGenericType(), 0);
            kind = Kind.RECORD_LIST;
        } else if (type == Map.class) {
            element = typeArgument(component.getGenericType(), 1);
            kind = element == Schedule.class ? Kind.SCHEDULE_MAP : element == String.class ? Kind.TEXT_MAP
                    : Kind.CHANGES_MAP;
        } else {
            throw new IllegalStateException("unsupported type in the scenario format: " + component);
        }
        if (component.getType().isPrimitive() && param.def().isEmpty() && !param.required()) {
            throw new IllegalStateException(component + " is a plain number or flag, so it needs a default");
        }
        return new FieldSpec(key, component, param, kind, element);
    }

    public boolean percent() {
        return param.percent();
    }

    public String unit() {
        return param.unit();
    }

    public boolean required() {
        return param.required();
    }

    /** Smallest allowed value: a percentage is 0 or more unless the field says otherwise. */
    public double min() {
        return param.min() == Double.NEGATIVE_INFINITY && percent() ? 0 : param.min();
    }

    /** Largest allowed value: a percentage is at most 100% unless the field says otherwise. */
    public double max() {
        return param.max() == Double.POSITIVE_INFINITY && percent() ? 1 : param.max();
    }

    /** The record type of a RECORD or RECORD_LIST field. */
    @SuppressWarnings("unchecked")
    public RecordSpec nested() {
        if (kind == Kind.RECORD || kind == Kind.RECORD_LIST) {
            return RecordSpec.of((Class<? extends Record>) elementType);
        }
        throw new IllegalStateException(key + " is not a block of keys");
    }

    /** The words a KEYWORD field accepts. */
    public List<String> words() {
        if (kind == Kind.KEYWORD) {
            return Arrays.stream(elementType.getEnumConstants()).map(c -> ((Keyword) c).key()).toList();
        }
        return List.of(param.words());
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("unsupported generic type in the scenario format: " + generic);
    }
}
