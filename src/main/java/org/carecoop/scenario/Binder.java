package org.carecoop.scenario;

import java.lang.reflect.InvocationTargetException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carecoop.model.Keyword;
import org.carecoop.statutory.StatutoryParameter;

/**
 * Binds a {@link Node} tree to the records of the scenario format, filling defaults and collecting
 * every problem with its place, rather than stopping at the first.
 */
final class Binder {
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    /** The bound record, or null when any problem was found inside it. */
    <R extends Record> R bind(RecordSpec spec, Node node, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problem(node.source(), path, "expected a block of keys, found " + node.describe(),
                    "keys such as " + String.join(", ", spec.keys().subList(0, Math.min(3, spec.keys().size()))));
            return null;
        }
        int before = problems.size();
        for (Node.Entry entry : map.entries().values()) {
            if (spec.field(entry.key()).isEmpty()) {
                String hint = Suggest.hint(entry.key(), spec.keys());
                problem(entry.keySource(), join(path, entry.key()), "unknown key",
                        hint.isEmpty() ? "one of: " + String.join(", ", spec.keys()) : hint);
            }
        }
        Object[] args = new Object[spec.fields().size()];
        for (int i = 0; i < args.length; i++) {
            FieldSpec field = spec.fields().get(i);
            String fieldPath = join(path, field.key());
            Optional<Node> value = map.get(field.key()).filter(v -> !isNull(v));
            if (value.isEmpty()) {
                if (field.required()) {
                    problem(map.source(), fieldPath, "missing", field.param().doc().toLowerCase(java.util.Locale.ROOT)
                            + (field.unit().isEmpty() ? "" : ", in " + field.unit()));
                    continue;
                }
                args[i] = defaultValue(field, fieldPath);
            } else {
                args[i] = convert(field, value.get(), fieldPath);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return construct(spec, args);
    }

    private Object defaultValue(FieldSpec field, String path) {
        if (!field.param().def().isEmpty()) {
            Node node = YamlReader.readText("default of " + path, field.param().def());
            return convert(field, node, path);
        }
        return switch (field.kind()) {
            case RECORD_LIST -> List.of();
            case SCHEDULE_MAP, TEXT_MAP, CHANGES_MAP -> Map.of();
            default -> null;
        };
    }

    private Object convert(FieldSpec field, Node node, String path) {
        switch (field.kind()) {
            case RECORD:
                return bind(field.nested(), node, path);
            case RECORD_LIST:
                return bindList(field, node, path);
            case SCHEDULE_MAP:
            case TEXT_MAP:
            case CHANGES_MAP:
                return bindMap(field, node, path);
            default:
                break;
        }
        if (!(node instanceof Node.Scalar scalar)) {
            if (field.kind() == FieldSpec.Kind.SCHEDULE && node instanceof Node.MapNode dated) {
                return datedSchedule(field, dated, path);
            }
            problem(node.source(), path, "expected a single value, found " + node.describe(), expected(field));
            return null;
        }
        try {
            return switch (field.kind()) {
                case TEXT -> Values.text(scalar);
                case NUMBER -> checkRange(field, scalar, field.percent() ? Values.percent(scalar) : Values.number(scalar));
                case WHOLE_NUMBER -> (int) checkRange(field, scalar, Values.wholeNumber(scalar));
                case BOOLEAN -> Values.bool(scalar);
                case MONTH -> Values.month(scalar);
                case KEYWORD -> keyword(field, scalar);
                case SCHEDULE -> scheduleOf(field, scalar);
                default -> throw new IllegalStateException(field.kind().toString());
            };
        } catch (Values.Invalid e) {
            problem(scalar.source(), path, e.getMessage(), e.expected());
            return null;
        }
    }

    private Schedule scheduleOf(FieldSpec field, Node.Scalar scalar) throws Values.Invalid {
        if (scalar.type() == Node.Scalar.Type.TEXT && field.words().contains(scalar.text().trim())) {
            return Schedule.word(scalar.text().trim());
        }
        if (scalar.type() == Node.Scalar.Type.TEXT && !field.words().isEmpty() && !scalar.text().matches(".*\\d.*")) {
            String hint = Suggest.hint(scalar.text(), field.words());
            throw new Values.Invalid("unknown wage floor '" + scalar.text() + "'",
                    hint.isEmpty() ? "a number or one of: " + String.join(", ", field.words()) : hint);
        }
        return Schedule.of(checkRange(field, scalar, field.percent() ? Values.percent(scalar) : Values.number(scalar)));
    }

    /** A statutory override: a fraction-valued figure (a rate) may be written as a percentage. */
    private Schedule statutoryValue(FieldSpec field, String key, Node node, String path) {
        boolean rate = StatutoryParameter.fromKey(key).map(p -> p.unit().equals("fraction")).orElse(false);
        if (node instanceof Node.MapNode dated) {
            return datedSchedule(field, dated, path, rate);
        }
        if (!(node instanceof Node.Scalar scalar)) {
            problem(node.source(), path, "expected a number, found " + node.describe(), "a number or dated numbers");
            return null;
        }
        try {
            return Schedule.of(rate ? Values.percent(scalar) : Values.number(scalar));
        } catch (Values.Invalid e) {
            problem(scalar.source(), path, e.getMessage(), e.expected());
            return null;
        }
    }

    private Schedule datedSchedule(FieldSpec field, Node.MapNode dated, String path) {
        return datedSchedule(field, dated, path, field.percent());
    }

    private Schedule datedSchedule(FieldSpec field, Node.MapNode dated, String path, boolean percent) {
        Map<YearMonth, Double> values = new TreeMap<>();
        boolean ok = true;
        for (Node.Entry entry : dated.entries().values()) {
            String at = path + "." + entry.key();
            try {
                YearMonth month = Values.month(new Node.Scalar(entry.key(), Node.Scalar.Type.TEXT, entry.keySource()));
                if (!(entry.value() instanceof Node.Scalar scalar)) {
                    problem(entry.value().source(), at, "expected a number, found " + entry.value().describe(),
                            "dated values such as {2027-04: 12.60, 2028-04: 13.45}");
                    ok = false;
                    continue;
                }
                values.put(month, checkRange(field, scalar, percent ? Values.percent(scalar) : Values.number(scalar)));
            } catch (Values.Invalid e) {
                problem(entry.keySource(), at, e.getMessage(), e.expected().startsWith("a month")
                        ? "dated values keyed by month, such as {2027-04: 12.60, 2028-04: 13.45}" : e.expected());
                ok = false;
            }
        }
        if (values.isEmpty() && ok) {
            problem(dated.source(), path, "no dated values", expected(field));
            return null;
        }
        return ok ? Schedule.dated(values) : null;
    }

    private Object keyword(FieldSpec field, Node.Scalar scalar) throws Values.Invalid {
        String text = scalar.text().trim();
        for (Object constant : field.elementType().getEnumConstants()) {
            if (((Keyword) constant).key().equals(text)) {
                return constant;
            }
        }
        String hint = Suggest.hint(text, field.words());
        throw new Values.Invalid("unknown choice '" + text + "'",
                (hint.isEmpty() ? "" : hint + " ") + "one of: " + String.join(", ", field.words()));
    }

    private double checkRange(FieldSpec field, Node.Scalar scalar, double value) throws Values.Invalid {
        if (value < field.min() || value > field.max()) {
            String shownValue = Values.format(value, field.percent());
            if (value < 0 && field.min() >= 0) {
                throw new Values.Invalid(shownValue + " is negative", "zero or more");
            }
            // a percentage already shows its '%': "0% to 100%/month", not "0% to 100% %/month"
            String unit = field.percent() ? field.unit().replaceFirst("^%", "") : field.unit().isEmpty() ? "" : " " + field.unit();
            throw new Values.Invalid(shownValue + " is out of range", "from " + Values.format(field.min(), field.percent())
                    + (field.max() == Double.POSITIVE_INFINITY ? " up" : " to " + Values.format(field.max(), field.percent()))
                    + unit);
        }
        return value;
    }

    private List<Object> bindList(FieldSpec field, Node node, String path) {
        if (!(node instanceof Node.ListNode list)) {
            problem(node.source(), path, "expected a list (items starting with '- '), found " + node.describe(),
                    "a list, each item " + field.nested().doc().toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""));
            return null;
        }
        RecordSpec spec = field.nested();
        List<Object> items = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String name = item instanceof Node.MapNode m ? spec.itemName(m).orElse(String.valueOf(i)) : String.valueOf(i);
            if (name.contains("[") || name.contains("]")) {
                // the name goes inside brackets in paths such as overheads[NAME].per_month
                problem(nameSource((Node.MapNode) item, spec), path + "[" + name + "]", "a name cannot contain [ or ]",
                        "a name with ( ) instead");
                ok = false;
                continue;
            }
            Object bound = bind(spec, item, path + "[" + name + "]");
            ok &= bound != null;
            items.add(bound);
        }
        return ok ? List.copyOf(items) : null;
    }

    /** Where an item's name is written: the value of the first of its naming keys that is given. */
    private static Source nameSource(Node.MapNode item, RecordSpec spec) {
        return spec.keyedBy().stream().map(item::get).flatMap(Optional::stream).findFirst()
                .map(Node::source).orElse(item.source());
    }

    private Map<String, Object> bindMap(FieldSpec field, Node node, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problem(node.source(), path, "expected a block of 'name: value' lines, found " + node.describe(), "");
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Node.Entry entry : map.entries().values()) {
            String at = join(path, entry.key());
            Object value = switch (field.kind()) {
                case CHANGES_MAP -> entry.value() instanceof Node.MapNode ? entry.value() : null;
                case TEXT_MAP -> entry.value() instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL ? s.text() : null;
                default -> statutoryValue(field, entry.key(), entry.value(), at);
            };
            if (value == null) {
                if (field.kind() == FieldSpec.Kind.CHANGES_MAP) {
                    problem(entry.value().source(), at, "expected changes as 'path: value' lines, found "
                            + entry.value().describe(), "for example care_workers.wage_per_hour: 12.71");
                } else if (field.kind() == FieldSpec.Kind.TEXT_MAP) {
                    boolean correlation = field.key().equals("correlations");
                    problem(entry.value().source(), at, "expected " + (correlation ? "a correlation" : "a distribution")
                            + ", found " + entry.value().describe(), correlation ? "a number from -1 to 1, such as 0.6"
                            : "for example triangular(22.50, 24.10, 26.00)");
                }
                ok = false;
            }
            values.put(entry.key(), value);
        }
        return ok ? java.util.Collections.unmodifiableMap(values) : null;
    }

    private static String expected(FieldSpec field) {
        return switch (field.kind()) {
            case SCHEDULE -> "a number or dated values such as {2027-04: 12.60, 2028-04: 13.45}"
                    + (field.words().isEmpty() ? "" : ", or one of: " + String.join(", ", field.words()));
            case MONTH -> "a month written YYYY-MM";
            case KEYWORD -> "one of: " + String.join(", ", field.words());
            case BOOLEAN -> "true or false";
            default -> field.unit().isEmpty() ? "a value" : "a number in " + field.unit();
        };
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL;
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(RecordSpec spec, Object[] args) {
        try {
            return (R) spec.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e);
        }
    }

    private void problem(Source source, String path, String message, String expected) {
        problems.add(new Problem(source, path, message, expected));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
