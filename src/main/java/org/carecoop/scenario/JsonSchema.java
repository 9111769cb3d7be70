package org.carecoop.scenario;

import java.util.Arrays;
import org.carecoop.statutory.StatutoryParameter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario format as a JSON Schema (draft-07, which editors' YAML support reads best), derived
 * from the same {@link Param} descriptions the loader uses, so the two cannot drift apart.
 *
 * <p>The schema accepts what the loader accepts, as far as a schema can say it: an empty value
 * ({@code mileage_rate:}) means "not given"; a file that {@code extends} another may leave out
 * required keys, since they come from the other file; percentages may be dated.
 */
public final class JsonSchema {
    /** YYYY-MM; the loader also takes a one-digit month (2027-4). */
    private static final String MONTH_PATTERN = "^[0-9]{4}-(0?[1-9]|1[0-2])$";
    /** As {@link Values#percent}: digits with an optional point and sign, then %. */
    private static final String PERCENT_DIGITS = "([0-9]+\\.?[0-9]*|\\.[0-9]+)\\s*%\\s*$";
    /** A call such as triangular(22.50, 24.10, 26.00), as {@link Distributions} reads it. */
    private static final String DISTRIBUTION_PATTERN = "^\\s*[A-Za-z]+\\s*\\([\\s\\S]*\\)\\s*$";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonSchema() {}

    public static String text() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema()) + "\n";
    }

    public static ObjectNode schema() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", "https://carecoop.org/schema/scenario.json");
        root.put("title", "carecoop scenario");
        record(root, RecordSpec.scenario());
        // Required keys apply only to a file that stands alone: one that extends another gets them
        // from it, and its list items may be partial (they merge with the other file's by name).
        ObjectNode requirements = requirements(RecordSpec.scenario());
        if (requirements != null) {
            root.putObject("if").putArray("required").add("extends");
            root.set("else", requirements);
        }
        return root;
    }

    private static void record(ObjectNode node, RecordSpec spec) {
        node.put("type", "object");
        node.put("description", spec.doc());
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        for (FieldSpec field : spec.fields()) {
            field(properties.putObject(field.key()), field);
        }
    }

    /** The required keys of a block and of the blocks inside it, or null when there are none. */
    private static ObjectNode requirements(RecordSpec spec) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode required = MAPPER.createArrayNode();
        ObjectNode properties = MAPPER.createObjectNode();
        for (FieldSpec field : spec.fields()) {
            if (field.required()) {
                required.add(field.key());
            }
            if (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST) {
                ObjectNode nested = requirements(field.nested());
                if (nested != null) {
                    properties.set(field.key(), field.kind() == FieldSpec.Kind.RECORD ? nested
                            : MAPPER.createObjectNode().set("items", nested));
                }
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        if (!properties.isEmpty()) {
            node.set("properties", properties);
        }
        return node.isEmpty() ? null : node;
    }

    private static void field(ObjectNode node, FieldSpec field) {
        switch (field.kind()) {
            case TEXT -> {
                node.put("type", "string");
                if (!field.words().isEmpty()) {
                    ArrayNode words = node.putArray("enum");
                    field.words().forEach(words::add);
                }
            }
            case NUMBER -> number(node, field);
            case WHOLE_NUMBER -> {
                node.put("type", "integer");
                range(node, field);
            }
            case BOOLEAN -> node.put("type", "boolean");
            case MONTH -> node.put("type", "string").put("pattern", MONTH_PATTERN);
            case KEYWORD -> {
                ArrayNode words = node.putArray("enum");
                field.words().forEach(words::add);
            }
            case SCHEDULE -> schedule(node, field.percent(), field);
            case RECORD -> record(node, field.nested());
            case RECORD_LIST -> {
                node.put("type", "array");
                record(node.putObject("items"), field.nested());
            }
            case SCHEDULE_MAP -> {
                node.put("type", "object");
                node.put("additionalProperties", false);
                ObjectNode properties = node.putObject("properties");
                Arrays.stream(StatutoryParameter.values()).forEach(p -> {
                    ObjectNode property = properties.putObject(p.key());
                    schedule(property, p.unit().equals("fraction"), null);
                    property.put("description", p.description() + " (" + p.unit() + ")");
                });
            }
            case TEXT_MAP -> {
                if (field.key().equals("correlations")) {
                    node.put("type", "object").putObject("additionalProperties").put("type", "number")
                            .put("minimum", -1).put("maximum", 1);
                } else {
                    node.put("type", "object").putObject("additionalProperties")
                            .put("type", "string").put("pattern", DISTRIBUTION_PATTERN);
                }
            }
            case CHANGES_MAP -> node.put("type", "object").putObject("additionalProperties").put("type", "object");
        }
        if (!field.required()) {
            allowEmpty(node);
        }
        String description = field.param().doc() + (field.unit().isEmpty() ? "" : " [" + field.unit() + "]")
                + (field.param().source().isEmpty() ? "" : " Default source: " + field.param().source() + ".");
        node.put("description", description);
        if (!field.param().def().isEmpty()) {
            String def = field.param().def();
            if (def.matches("-?\\d+")) {
                node.put("default", Long.parseLong(def));
            } else if (def.matches("-?\\d+\\.\\d+")) {
                node.put("default", Double.parseDouble(def));
            } else if (def.equals("true") || def.equals("false")) {
                node.put("default", Boolean.parseBoolean(def));
            } else {
                node.put("default", def);
            }
        }
    }

    /** An optional key may be written with nothing after it, which means "not given" to the loader. */
    private static void allowEmpty(ObjectNode node) {
        if (node.has("anyOf")) {
            ((ArrayNode) node.get("anyOf")).addObject().put("type", "null");
        } else if (node.has("enum")) {
            ((ArrayNode) node.get("enum")).addNull();
        } else if (node.has("type")) {
            String type = node.get("type").asString();
            node.putArray("type").add(type).add("null");
        }
    }

    private static void number(ObjectNode node, FieldSpec field) {
        if (field.percent()) {
            ArrayNode any = node.putArray("anyOf");
            any.add(value(true, field));
            any.add(percentText(field));
        } else {
            node.put("type", "number");
            range(node, field);
        }
    }

    /**
     * One number, a percentage, dated values ({2027-04: 24.10}) or, for a wage, a word. A dated value
     * is a number or, for a percentage, a number or a percentage.
     */
    private static void schedule(ObjectNode node, boolean percent, FieldSpec field) {
        ArrayNode any = node.putArray("anyOf");
        any.add(value(percent, field));
        if (percent) {
            any.add(percentText(field));
        }
        ObjectNode dated = any.addObject().put("type", "object").put("minProperties", 1);
        ObjectNode datedValue = dated.putObject("patternProperties").putObject(MONTH_PATTERN);
        if (percent) {
            datedValue.putArray("anyOf").add(value(true, field)).add(percentText(field));
        } else {
            datedValue.setAll(value(false, field));
        }
        dated.put("additionalProperties", false);
        if (field != null && !field.words().isEmpty()) {
            ArrayNode words = any.addObject().putArray("enum");
            field.words().forEach(words::add);
        }
    }

    /** A plain number in the field's range; a percentage written as a fraction is at most 1 in size. */
    private static ObjectNode value(boolean fraction, FieldSpec field) {
        ObjectNode number = MAPPER.createObjectNode().put("type", "number");
        if (field != null) {
            range(number, field);
        } else if (fraction) {
            number.put("minimum", -1).put("maximum", 1);
        }
        return number;
    }

    /** A percentage such as 12.07%; no minus sign where the field cannot be negative. */
    private static ObjectNode percentText(FieldSpec field) {
        boolean negative = field == null || field.min() < 0;
        return MAPPER.createObjectNode().put("type", "string")
                .put("pattern", "^\\s*" + (negative ? "[-+]?" : "\\+?") + PERCENT_DIGITS);
    }

    private static void range(ObjectNode node, FieldSpec field) {
        if (Double.isFinite(field.min())) {
            node.put("minimum", field.min());
        }
        if (Double.isFinite(field.max())) {
            node.put("maximum", field.max());
        }
    }
}
