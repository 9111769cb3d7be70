package org.carecoop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carecoop.scenario.JsonSchema;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema that {@code carecoop schema} prints for editors: it must be valid draft-07, accept
 * every shipped scenario and template, and agree with the loader on what is valid, so an editor
 * neither flags a good plan nor passes a bad one that a schema could catch.
 */
class JsonSchemaTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path TEMPLATES = Path.of("src/main/resources/org/carecoop/templates");
    private static final Path WORKER_COOP = TEMPLATES.resolve("worker-coop.yaml");
    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    /** Every keyword of draft-07 validation and annotation; anything else in a schema object is a typo. */
    private static final Set<String> DRAFT_07_KEYWORDS = Set.of("$schema", "$id", "$ref", "$comment", "title",
            "description", "default", "examples", "readOnly", "writeOnly", "type", "enum", "const", "multipleOf",
            "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "items", "additionalItems", "maxItems", "minItems", "uniqueItems", "contains", "maxProperties",
            "minProperties", "required", "properties", "patternProperties", "additionalProperties", "dependencies",
            "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "format", "contentMediaType",
            "contentEncoding", "definitions");
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalItems", "contains", "additionalProperties",
            "propertyNames", "if", "then", "else", "not");
    private static final Set<String> SUBSCHEMA_MAP = Set.of("properties", "patternProperties", "definitions");
    private static final Set<String> SUBSCHEMA_LIST = Set.of("allOf", "anyOf", "oneOf");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static JsonNode printed;
    private static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadPrintedSchema() {
        printed = JSON.readTree(JsonSchema.text());
        schema = REGISTRY.getSchema(printed);
    }

    // (a) the schema itself

    @Test
    void printedSchemaIsValidDraft07() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT_07));
        assertThat(messages(meta.validate(printed))).isEmpty();
        assertThat(printed.get("$schema").asString()).isEqualTo(DRAFT_07);
        // The meta-schema check can fail: a keyword with a value of the wrong type is caught.
        assertThat(meta.validate(JSON.readTree("{\"type\": \"object\", \"required\": \"scenario\"}"))).isNotEmpty();
    }

    @Test
    void printedSchemaUsesOnlyDraft07KeywordsAndValidPatterns() {
        // A validator ignores keywords it does not know, so a misspelt one would silently check nothing.
        List<String> problems = new ArrayList<>();
        walk(printed, "#", problems);
        assertThat(problems).isEmpty();
        List<String> bad = new ArrayList<>();
        walk(JSON.readTree("{\"properties\": {\"a\": {\"patternProperty\": {}, \"pattern\": \"(\"}}}"), "#", bad);
        assertThat(bad).hasSize(2);
    }

    // (b) every shipped scenario and template

    static Stream<Path> shippedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SCENARIOS, TEMPLATES)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            }
        }
        return files.stream();
    }

    @Test
    void thereAreShippedScenariosAndTemplates() throws IOException {
        List<Path> files = shippedFiles().toList();
        assertThat(files).anyMatch(p -> p.startsWith(SCENARIOS)).anyMatch(p -> p.startsWith(TEMPLATES));
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shippedFileValidates(Path file) throws IOException {
        JsonNode tree = YAML.readTree(Files.readString(file));
        assertThat(messages(schema.validate(tree))).as(file.toString()).isEmpty();
    }

    // (c) and agreement with the loader, case by case

    @Test
    void unknownKeyIsRejected() throws IOException {
        assertRejected(base(t -> t.put("turnovr", "12%")), "turnovr");
        assertRejected(base(t -> careWorkers(t).put("wage_per_hr", 13.45)), "wage_per_hr");
    }

    @Test
    void feeThatIsNotANumberIsRejected() throws IOException {
        assertRejected(base(t -> council(t).put("fee_per_hour", "abc")), "fee_per_hour");
    }

    @Test
    void monthThirteenIsRejected() throws IOException {
        assertRejected(base(t -> t.put("start", "2027-13")), "start");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                valid("the template as it is", t -> { }),
                valid("a dated percentage in a statutory figure", t -> t.putObject("statutory")
                        .putObject("holiday_accrual_rate").put("2027-04", "12.07%").put("2028-04", 0.1207)),
                valid("a statutory rate as a percentage", t -> t.putObject("statutory").put("employer_ni_rate", "15%")),
                valid("a dated fee with whole numbers", t -> council(t).putObject("fee_per_hour")
                        .put("2027-04", 24).put("2028-04", 25.3)),
                valid("a dated wage", t -> careWorkers(t).putObject("wage_per_hour").put("2027-04", 12.6)
                        .put("2028-04", 13.45)),
                valid("a wage floor word", t -> careWorkers(t).put("wage_per_hour", "national-living-wage")),
                valid("a wage in numbers", t -> careWorkers(t).put("wage_per_hour", 13.45)),
                valid("a month with one digit", t -> t.put("start", "2027-4")),
                valid("empty optional values", t -> careWorkers(t).putNull("mileage_rate").putNull("pension_rate")),
                valid("a percentage as a fraction", t -> careWorkers(t).put("turnover", 0.15)),
                valid("a percentage with a space", t -> careWorkers(t).put("turnover", "15 %")),
                valid("an uncertain input", t -> t.putObject("uncertainty")
                        .put("care_workers.turnover", "uniform(10%, 35%)")),
                valid("a variant that changes a block", t -> ((ObjectNode) t.get("variants")).putObject("shared")
                        .putObject("surplus").put("worker_dividend", "20%")),
                valid("a commissioning section with a mix", t -> commissioning(t, "real-living-wage", 1)),
                invalid("a commissioning section without options", t -> commissioning(t, "real-living-wage", 1)
                        .remove("options")),
                invalid("a share of a mix above 1", t -> commissioning(t, "real-living-wage", 1.5)),
                invalid("a misspelt required wage floor", t -> commissioning(t, "real-living-wages", 1)),
                invalid("a missing plan name", t -> t.remove("scenario")),
                invalid("a missing fee", t -> council(t).remove("fee_per_hour")),
                invalid("a bare number above 1 as a percentage", t -> careWorkers(t).put("turnover", 15)),
                invalid("a negative percentage", t -> careWorkers(t).put("turnover", "-5%")),
                invalid("a misspelt wage floor", t -> careWorkers(t).put("wage_per_hour", "real-living-wages")),
                invalid("a misspelt choice", t -> careWorkers(t).put("contract", "zero hours")),
                invalid("a dated fee with month 13", t -> council(t).putObject("fee_per_hour").put("2027-13", 24)),
                invalid("a dated fee with no dates", t -> council(t).putObject("fee_per_hour")),
                invalid("a dated fee that is text", t -> council(t).putObject("fee_per_hour").put("2027-04", "abc")),
                invalid("a dated statutory rate that is text", t -> t.putObject("statutory")
                        .putObject("employer_ni_rate").put("2027-04", "abc")),
                invalid("an unknown statutory figure", t -> t.putObject("statutory").put("minimum_wage", 12)),
                invalid("a statutory rate above 1", t -> t.putObject("statutory").put("employer_ni_rate", 15)),
                invalid("a distribution that is a bare number", t -> t.putObject("uncertainty")
                        .put("care_workers.turnover", "0.2")),
                invalid("years that are not whole", t -> t.put("years", 2.5)),
                invalid("a visit below the minimum length", t -> council(t).put("visit_minutes", 2)),
                invalid("yes for true", t -> careWorkers(t).put("travel_paid", "yes")),
                invalid("a list where a block belongs", t -> t.putArray("surplus")),
                invalid("an empty required value", t -> council(t).putNull("target")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schemaAndLoaderAgree(String name, Consumer<ObjectNode> edit, boolean valid) throws IOException {
        ObjectNode tree = base(edit);
        assertThat(messages(schema.validate(tree))).as("schema on " + name).matches(m -> m.isEmpty() == valid,
                valid ? "no errors" : "some error");
        assertThat(loaderProblems(tree, "plan.yaml")).as("loader on " + name).matches(m -> m.isEmpty() == valid,
                valid ? "no problems" : "some problem");
    }

    @Test
    void fileThatExtendsAnotherMayLeaveOutRequiredKeys() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), Files.readString(WORKER_COOP));
        ObjectNode child = JsonNodeFactory.instance.objectNode();
        child.put("extends", "base.yaml");
        child.putArray("clients").addObject().put("stream", "council").put("fee_per_hour", 22.0);
        child.putObject("care_workers").put("turnover", "12%");
        assertThat(messages(schema.validate(child))).isEmpty();
        assertThat(loaderProblems(child, "child.yaml")).isEmpty();

        child.put("turnovr", "12%");
        assertThat(messages(schema.validate(child))).anyMatch(m -> m.contains("turnovr"));
    }

    @Test
    void integerDefaultsArePrintedAsIntegers() {
        // An editor inserts the default as printed: years: 5, not years: 5.0.
        JsonNode years = printed.get("properties").get("years").get("default");
        assertThat(years.isIntegralNumber()).as(years.toString()).isTrue();
    }

    // helpers

    private static Arguments valid(String name, Consumer<ObjectNode> edit) {
        return Arguments.of(name, edit, true);
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> edit) {
        return Arguments.of(name, edit, false);
    }

    private static ObjectNode base(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) YAML.readTree(Files.readString(WORKER_COOP));
        edit.accept(tree);
        return tree;
    }

    private static ObjectNode careWorkers(ObjectNode tree) {
        return (ObjectNode) tree.get("care_workers");
    }

    /** A commissioning section: the base plan alone, and a mix of it at {@code share} of the hours. */
    private static ObjectNode commissioning(ObjectNode tree, String wage, double share) {
        ObjectNode c = tree.putObject("commissioning");
        c.put("hours_per_year", 100000).put("wage_per_hour", wage);
        ArrayNode options = c.putArray("options");
        options.addObject().put("name", "co-op").put("variant", "base");
        options.addObject().put("name", "mix").putArray("mix").addObject().put("variant", "base").put("share", share);
        return c;
    }

    private static ObjectNode council(ObjectNode tree) {
        return (ObjectNode) ((ArrayNode) tree.get("clients")).get(0);
    }

    private void assertRejected(ObjectNode tree, String key) throws IOException {
        assertThat(messages(schema.validate(tree))).as("schema errors").isNotEmpty().anyMatch(m -> m.contains(key));
        assertThat(loaderProblems(tree, "plan.yaml")).as("loader problems").isNotEmpty();
    }

    /** The loader's problems with a tree written out as a YAML file, base plan and variants. */
    private List<String> loaderProblems(JsonNode tree, String fileName) throws IOException {
        Path file = tmp.resolve(fileName);
        Files.writeString(file, YAML.writeValueAsString(tree));
        try {
            ScenarioLoader.loadAll(file, List.of());
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Collects keywords draft-07 does not know, and patterns Java cannot compile, with their places. */
    private static void walk(JsonNode node, String at, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String here = at + "/" + key;
            if (!DRAFT_07_KEYWORDS.contains(key)) {
                problems.add(here + ": not a draft-07 keyword");
            } else if (SUBSCHEMA.contains(key)) {
                walk(value, here, problems);
            } else if (SUBSCHEMA_LIST.contains(key)) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), here + "/" + i, problems);
                }
            } else if (SUBSCHEMA_MAP.contains(key)) {
                for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> sub = it.next();
                    if (key.equals("patternProperties")) {
                        compiles(sub.getKey(), here, problems);
                    }
                    walk(sub.getValue(), here + "/" + sub.getKey(), problems);
                }
            } else if (key.equals("pattern")) {
                compiles(value.asString(), here, problems);
            }
        }
    }

    private static void compiles(String regex, String at, List<String> problems) {
        try {
            Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            problems.add(at + ": pattern " + regex + " does not compile");
        }
    }
}
