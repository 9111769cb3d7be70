package org.carecoop.scenario;

import java.lang.reflect.InvocationTargetException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carecoop.model.Keyword;
import org.carecoop.statutory.Parameter;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;

/**
 * Every parameter of a loaded scenario with its path, value, unit and where the value came from
 * (a line of a file, {@code --set}, a default with its source, or the statutory pack).
 */
public final class Params {
    /** One parameter as listed by {@code carecoop params}. */
    public record Row(String path, String value, String unit, String origin, String source) {}

    private final LoadedScenario loaded;
    private final List<Row> rows = new ArrayList<>();

    private Params(LoadedScenario loaded) {
        this.loaded = loaded;
    }

    public static List<Row> list(LoadedScenario loaded) {
        Params params = new Params(loaded);
        params.walk(RecordSpec.scenario(), loaded.scenario(), "");
        params.statutory();
        return List.copyOf(params.rows);
    }

    private void walk(RecordSpec spec, Record value, String path) {
        for (FieldSpec field : spec.fields()) {
            Object v = component(field, value);
            String at = Binder.join(path, field.key());
            switch (field.kind()) {
                case RECORD -> {
                    if (v != null) {
                        walk(field.nested(), (Record) v, at);
                    }
                }
                case RECORD_LIST -> {
                    for (Object item : (List<?>) v) {
                        Record r = (Record) item;
                        walk(field.nested(), r, at + "[" + itemName(field.nested(), r) + "]");
                    }
                }
                case SCHEDULE_MAP, CHANGES_MAP, TEXT_MAP -> {
                    // statutory figures are listed with the pack; variants and uncertainty are not parameters
                }
                default -> {
                    if (v != null) {
                        add(at, field, show(field, v));
                    }
                }
            }
        }
    }

    private void add(String path, FieldSpec field, String value) {
        Source where = Tree.locate(loaded.tree(), path);
        boolean written = isWritten(path);
        String origin = written ? where.toString() : "default";
        String source = written ? "" : field.param().source();
        rows.add(new Row(path, value, unitOf(field.unit()), origin, source));
    }

    /** Whether the value at a path is in the tree (written by the user) rather than a default. */
    private boolean isWritten(String path) {
        Node node = loaded.tree();
        RecordSpec spec = RecordSpec.scenario();
        for (ParamPath.Segment segment : ParamPath.parse(path).segments()) {
            if (!(node instanceof Node.MapNode map) || map.get(segment.key()).isEmpty()) {
                return false;
            }
            node = map.get(segment.key()).get();
            FieldSpec field = spec == null ? null : spec.field(segment.key()).orElse(null);
            spec = field != null && (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST)
                    ? field.nested() : null;
            if (segment.item() != null && node instanceof Node.ListNode list && spec != null) {
                int at = Tree.findItem(spec, list, segment.item());
                if (at < 0) {
                    return false;
                }
                node = list.items().get(at);
            }
        }
        return !(node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL);
    }

    private String unitOf(String unit) {
        return unit.replace("money", loaded.scenario().currency());
    }

    /** Each statutory figure over the plan, as the model uses it, with the scenario's own replacements. */
    private void statutory() {
        ScenarioFile s = loaded.scenario();
        List<StatutoryPack> packs = Resolver.statutory(loaded);
        for (StatutoryParameter p : StatutoryParameter.values()) {
            String path = "statutory." + p.key();
            boolean rate = p.unit().equals("fraction");
            String unit = rate ? "%" : unitOf(p.unit());
            Schedule own = s.statutory().get(p.key());
            if (own != null) {
                rows.add(new Row(path, p.unit().startsWith("money") ? own.displayMoney() : own.display(rate), unit,
                        Tree.locate(loaded.tree(), path).toString(), "the scenario's own figure"));
                continue;
            }
            Map<YearMonth, Double> changes = new LinkedHashMap<>();
            String source = null;
            boolean carried = false;
            Double last = null;
            for (int m = 0; m < packs.size(); m++) {
                StatutoryPack pack = packs.get(m);
                Parameter figure = pack.find(p).orElse(null);
                if (figure == null) {
                    continue;
                }
                source = source == null ? figure.source() : source;
                carried |= pack.carriedForward();
                if (last == null || last != figure.value()) {
                    changes.put(s.start().plusMonths(m), figure.value());
                    last = figure.value();
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            Schedule schedule = changes.size() == 1 ? Schedule.of(last) : Schedule.dated(changes);
            rows.add(new Row(path, p.unit().startsWith("money") ? schedule.displayMoney() : schedule.display(rate), unit,
                    "statutory pack (" + s.nation() + (carried ? "; later years projected" : "") + ")", source));
        }
    }

    private static String show(FieldSpec field, Object value) {
        boolean money = field.unit().startsWith("money");
        if (value instanceof Schedule schedule) {
            return money ? schedule.displayMoney() : schedule.display(field.percent());
        }
        if (value instanceof Double d) {
            return money ? Values.money(d) : Values.format(d, field.percent());
        }
        if (value instanceof Integer i) {
            return String.valueOf(i);
        }
        if (value instanceof Keyword k) {
            return k.key();
        }
        return String.valueOf(value);
    }

    static String itemName(RecordSpec spec, Record item) {
        for (String key : spec.keyedBy()) {
            Object v = component(spec.field(key).orElseThrow(), item);
            if (v != null) {
                return v instanceof Keyword k ? k.key() : v.toString();
            }
        }
        return "?";
    }

    private static Object component(FieldSpec field, Record value) {
        try {
            return field.component().getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.key(), e);
        }
    }
}
