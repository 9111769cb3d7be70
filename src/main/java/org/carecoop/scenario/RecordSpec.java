package org.carecoop.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A block of the scenario format: the keys of one record type. */
public record RecordSpec(Class<? extends Record> type, String doc, List<String> keyedBy, List<FieldSpec> fields,
                         java.lang.reflect.Constructor<? extends Record> constructor) {
    private static final ClassValue<RecordSpec> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected RecordSpec computeValue(Class<?> type) {
            Section section = type.getAnnotation(Section.class);
            if (section == null) {
                throw new IllegalStateException(type + " has no @Section description");
            }
            List<FieldSpec> fields = Arrays.stream(type.getRecordComponents()).map(FieldSpec::of).toList();
            try {
                java.lang.reflect.Constructor<? extends Record> constructor = ((Class<? extends Record>) type)
                        .getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                                .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new));
                return new RecordSpec((Class<? extends Record>) type, section.doc(), List.of(section.keyedBy()), fields,
                        constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    public RecordSpec {
        fields = List.copyOf(fields);
        keyedBy = List.copyOf(keyedBy);
    }

    public static RecordSpec of(Class<? extends Record> type) {
        return CACHE.get(type);
    }

    public static RecordSpec scenario() {
        return of(ScenarioFile.class);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(FieldSpec::key).toList();
    }

    /** The name of a list item in a path: the first of its naming keys that is written. */
    public Optional<String> itemName(Node.MapNode item) {
        for (String key : keyedBy) {
            Optional<Node> value = item.get(key);
            if (value.isPresent() && value.get() instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
                return Optional.of(s.text());
            }
        }
        return Optional.empty();
    }
}
