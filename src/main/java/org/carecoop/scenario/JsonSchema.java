package org.carecoop.scenario;

import java.util.Arrays;
import org.carecoop.statutory.StatutoryParameter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario format as a JSON Schema (draft-07, which editors' YAML support reads best), derived
 * from the same {@link Param} descriptions the loader uses, so the two cannot drift apart.
 */
public final class JsonSchema {
    private static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    private static final String PERCENT_PATTERN = "^-?[0-9]+(\\.[0-9]+)?\\s*%$";
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
        return root;
    }

    private static void record(ObjectNode node, RecordSpec spec) {
        node.put("type", "object");
        node.put("description", spec.doc());
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (FieldSpec field : spec.fields()) {
            ObjectNode property = properties.putObject(field.key());
            field(property, field);
            if (field.required()) {
                required.add(field.key());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
    }

    private static void field(ObjectNode node, FieldSpec field) {
        switch (field.kind()) {
            case TEXT -> node.put("type", "string");
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
            case TEXT_MAP -> node.put("type", "object").putObject("additionalProperties").put("type", "string");
            case CHANGES_MAP -> node.put("type", "object").putObject("additionalProperties").put("type", "object");
        }
        String description = field.param().doc() + (field.unit().isEmpty() ? "" : " [" + field.unit() + "]")
                + (field.param().source().isEmpty() ? "" : " Default source: " + field.param().source() + ".");
        node.put("description", description);
        if (!field.param().def().isEmpty()) {
            String def = field.param().def();
            if (def.matches("-?\\d+(\\.\\d+)?")) {
                node.put("default", Double.parseDouble(def));
            } else if (def.equals("true") || def.equals("false")) {
                node.put("default", Boolean.parseBoolean(def));
            } else {
                node.put("default", def);
            }
        }
    }

    private static void number(ObjectNode node, FieldSpec field) {
        if (field.percent()) {
            ArrayNode any = node.putArray("anyOf");
            ObjectNode fraction = any.addObject().put("type", "number");
            range(fraction, field);
            any.addObject().put("type", "string").put("pattern", PERCENT_PATTERN);
        } else {
            node.put("type", "number");
            range(node, field);
        }
    }

    private static void schedule(ObjectNode node, boolean percent, FieldSpec field) {
        ArrayNode any = node.putArray("anyOf");
        ObjectNode single = any.addObject().put("type", "number");
        if (field != null) {
            range(single, field);
        }
        if (percent) {
            any.addObject().put("type", "string").put("pattern", PERCENT_PATTERN);
        }
        ObjectNode dated = any.addObject().put("type", "object");
        dated.putObject("patternProperties").putObject(MONTH_PATTERN).put("type", percent ? "string" : "number");
        if (percent) {
            ((ObjectNode) dated.get("patternProperties").get(MONTH_PATTERN)).remove("type");
        }
        dated.put("additionalProperties", false);
        if (field != null && !field.words().isEmpty()) {
            ArrayNode words = any.addObject().putArray("enum");
            field.words().forEach(words::add);
        }
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
