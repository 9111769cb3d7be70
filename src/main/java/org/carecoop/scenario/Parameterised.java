package org.carecoop.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.StatutoryParameter;

/**
 * A scenario with one numeric parameter left open, for solvers and sensitivity runs: each value
 * is set at the parameter's path, checked like any other input, and resolved for the model.
 */
public final class Parameterised {
    private final Path file;
    private final String variant;
    private final Node.MapNode tree;
    private final ParamPath path;
    private final String unit;
    private final boolean percent;
    private final boolean whole;
    private final double min;
    private final double max;
    private final double current;
    private final String note;

    private Parameterised(LoadedScenario base, ParamPath path, FieldSpec field, String unitOverride, boolean percent,
                          double current, String note) {
        this.file = base.file();
        this.variant = base.variant();
        this.tree = base.tree();
        this.path = path;
        this.unit = (unitOverride != null ? unitOverride : field.unit()).replace("money", base.scenario().currency());
        this.percent = percent;
        this.whole = field != null && field.kind() == FieldSpec.Kind.WHOLE_NUMBER;
        this.min = field != null ? field.min() : 0;
        this.max = field != null ? field.max() : percent ? 1 : Double.POSITIVE_INFINITY;
        this.current = current;
        this.note = note;
    }

    /** Opens the parameter at {@code pathText} of a loaded scenario; a path that is not a number is a user error. */
    public static Parameterised of(LoadedScenario base, String pathText) {
        return of(base, pathText, "--for");
    }

    /** As {@link #of(LoadedScenario, String)}, with problems placed at the option that named the path (--x, --input). */
    public static Parameterised of(LoadedScenario base, String pathText, String option) {
        Source origin = Source.commandLine(option + " " + pathText);
        ParamPath path;
        try {
            path = ParamPath.parse(pathText);
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of(origin, pathText, e.getMessage(), "a parameter path; 'carecoop params FILE' lists them");
        }
        // the path must exist: setting it to its own value checks that
        Tree.set(base.tree(), path, new Node.Scalar("0", Node.Scalar.Type.INTEGER, origin), origin);
        Object value = valueAt(base, path);
        if (path.segments().get(0).key().equals("statutory")) {
            StatutoryParameter parameter = StatutoryParameter.fromKey(path.segments().get(1).key()).orElseThrow();
            boolean rate = parameter.unit().equals("fraction");
            double now = Resolver.statutory(base).get(0).value(parameter);
            return new Parameterised(base, path, null, rate ? "%" : parameter.unit(), rate, now,
                    "the statutory figure is set for the whole plan");
        }
        FieldSpec field = fieldAt(path);
        switch (field.kind()) {
            case NUMBER, WHOLE_NUMBER, SCHEDULE -> { }
            default -> throw ScenarioException.of(origin, pathText, "is not a number, so it cannot be solved for",
                    "a numeric parameter such as clients[council].fee_per_hour");
        }
        double now;
        String note = "";
        if (value instanceof Schedule schedule) {
            if (schedule.constant() != null) {
                now = schedule.constant();
            } else {
                // dated values: the one in force at the start; a word (a wage floor, or a fee that is the
                // carer's rate plus a platform fee): its first month's figure, as the model resolves it
                now = schedule.isWord() ? firstMonth(Resolver.resolve(base), path)
                        : schedule.valueAt(base.scenario().start());
                note = "'" + schedule.display(field.percent()) + "' is replaced by one figure for the whole plan";
            }
        } else if (value instanceof Number n) {
            now = n.doubleValue();
        } else {
            now = Double.NaN;
        }
        return new Parameterised(base, path, field, null, field.percent(), now, note);
    }

    /**
     * Every input of a plan that can be varied as one number, in the order {@code params} lists them: numeric,
     * not a statutory figure, the plan's length or a commissioning question, and one figure for the whole plan (a wage floor or dated
     * figures would be flattened to one number: vary their premium, or give them an uncertainty entry).
     */
    public static List<Parameterised> numericInputs(LoadedScenario loaded) {
        List<Parameterised> inputs = new java.util.ArrayList<>();
        for (Params.Row row : Params.list(loaded)) {
            // the commissioning block is a question about the plan (carecoop commission), not an input of it
            if (row.path().startsWith("statutory.") || row.path().equals("years") || row.path().startsWith("commissioning.")) {
                continue;
            }
            Parameterised p;
            try {
                p = of(loaded, row.path());
            } catch (ScenarioException notNumeric) {
                continue;
            }
            if (Double.isFinite(p.current()) && p.note().isEmpty()) {
                inputs.add(p);
            }
        }
        return inputs;
    }

    /** The first month's figure of a schedule written as a word: a client group's fee, or the wage. */
    private static double firstMonth(Scenario resolved, ParamPath path) {
        ParamPath.Segment first = path.segments().get(0);
        if (first.key().equals("clients")) {
            for (int i = 0; i < resolved.clients().size(); i++) {
                Scenario.ClientGroup group = resolved.clients().get(i);
                if (group.name().equals(first.item()) || String.valueOf(i).equals(first.item())) {
                    return group.fee().at(0);
                }
            }
        }
        return resolved.careWorkers().wage().at(0);
    }

    /** The scenario with the parameter at {@code value}; a value the format refuses is a user error. */
    public Scenario at(double value) {
        return Resolver.resolve(loadedAt(value));
    }

    /** The loaded scenario with the parameter at {@code value}. */
    public LoadedScenario loadedAt(double value) {
        if (!Double.isFinite(value)) {
            throw ScenarioException.of(Source.commandLine("--set " + path + "=" + value), path.text(),
                    "'" + value + "' is not a finite number", "a range or distribution with finite values");
        }
        String text = whole ? String.valueOf(Math.round(value)) : new BigDecimal(Double.toString(value)).toPlainString();
        Source origin = Source.commandLine("--set " + path + "=" + text);
        Node.MapNode changed = Tree.set(tree, path, new Node.Scalar(text,
                whole ? Node.Scalar.Type.INTEGER : Node.Scalar.Type.DECIMAL, origin), origin);
        return ScenarioLoader.bind(file, variant, changed);
    }

    public String path() {
        return path.text();
    }

    public String unit() {
        return unit;
    }

    public boolean percent() {
        return percent;
    }

    public boolean whole() {
        return whole;
    }

    /** Smallest allowed value (0 when the format sets no floor, as for money). */
    public double min() {
        return Double.isFinite(min) ? min : 0;
    }

    public double max() {
        return max;
    }

    /** The value in the scenario, or NaN when it is not one number (dated values, a wage floor). */
    public double current() {
        return current;
    }

    /** Anything the user should know about how the parameter is varied, or empty. */
    public String note() {
        return note;
    }

    /** A value as the user would write it: 24.10, 12.5%, 40. */
    public String display(double value) {
        if (whole) {
            return String.valueOf(Math.round(value));
        }
        return percent ? Values.format(Math.round(value * 1e6) / 1e6, true) : unit.contains("/") || unit.length() == 3
                ? Values.money(value) : Values.format(Math.round(value * 100) / 100.0, false);
    }

    /** The format's field at a path that exists (not a statutory one). */
    static FieldSpec fieldAt(ParamPath path) {
        RecordSpec spec = RecordSpec.scenario();
        FieldSpec field = null;
        for (ParamPath.Segment segment : path.segments()) {
            field = spec.field(segment.key()).orElseThrow();
            if (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST) {
                spec = field.nested();
            }
        }
        return field;
    }

    /** The bound value at a path (after defaults), or null. */
    private static Object valueAt(LoadedScenario base, ParamPath path) {
        Object current = base.scenario();
        RecordSpec spec = RecordSpec.scenario();
        for (ParamPath.Segment segment : path.segments()) {
            if (!(current instanceof Record record)) {
                return current instanceof Map<?, ?> map ? map.get(segment.key()) : null;
            }
            FieldSpec field = spec.field(segment.key()).orElseThrow();
            current = component(field, record);
            if (field.kind() == FieldSpec.Kind.RECORD_LIST && segment.item() != null) {
                RecordSpec itemSpec = field.nested();
                Object found = null;
                List<?> items = (List<?>) current;
                for (int i = 0; i < items.size(); i++) {
                    Record item = (Record) items.get(i);
                    if (Params.itemName(itemSpec, item).equals(segment.item()) || String.valueOf(i).equals(segment.item())) {
                        found = item;
                        break;
                    }
                }
                current = found;
            }
            if (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST) {
                spec = field.nested();
            }
        }
        return current;
    }

    private static Object component(FieldSpec field, Record value) {
        try {
            return field.component().getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.key(), e);
        }
    }
}
