package org.carecoop.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carecoop.scenario.CharterFile.Check;
import org.carecoop.statutory.Country;
import org.carecoop.statutory.Nation;

/**
 * Reads a charter: one of the built-in charters by name, or a file a union wrote, with the same reader and
 * binder as a scenario. Beyond the format, it checks that each requirement gives the setting its check needs
 * and none meant for another check, and that no two requirements share a name.
 */
public final class CharterReader {
    /** The built-in charters, in the order they are listed; each is {@code org/carecoop/charters/NAME.yaml}. */
    public static final List<String> BUILT_IN = List.of("minimum-wage", "new-york-home-care-minimum", "real-living-wage",
            "ethical-care-charter");
    private static final String FOLDER = "/org/carecoop/charters/";

    /** The settings each check needs; a setting not listed for a check is refused on it. */
    private static final Map<Check, List<String>> NEEDS = Map.of(
            Check.PAY_FLOOR, List.of("floor"),
            Check.TRAVEL_TIME_PAID, List.of(),
            Check.TRAVEL_COSTS_PAID, List.of(),
            Check.MINIMUM_VISIT_MINUTES, List.of("minutes"),
            Check.SICK_PAY, List.of("sick_pay"),
            Check.NO_ZERO_HOURS, List.of("guaranteed_hours_per_week"),
            Check.PAID_TRAINING, List.of("training_hours_per_year"),
            Check.PAID_MEETINGS, List.of("meeting_hours_per_month"));
    private static final Map<Check, List<String>> MAY_GIVE = Map.of(
            Check.PAY_FLOOR, List.of("count_unpaid_waiting"),
            Check.TRAVEL_COSTS_PAID, List.of("mileage_rate"),
            Check.MINIMUM_VISIT_MINUTES, List.of("lengthen"));
    private static final Set<String> COMMON = Set.of("name", "check", "says", "stage", "source");

    private CharterReader() {}

    /**
     * A charter read and checked.
     *
     * @param shownName the file as the user named it, or the built-in's name
     * @param places    where each requirement is written, by name, for later messages
     */
    public record Loaded(String shownName, CharterFile charter, Map<String, Source> places) {
        public Loaded {
            places = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(places));
        }
    }

    /**
     * A built-in charter by name, or a charter file: a name with no folder and no {@code .yaml} ending must be
     * a built-in one.
     */
    public static Loaded read(String nameOrFile) {
        String lower = nameOrFile.toLowerCase(Locale.ROOT);
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || nameOrFile.contains("/") || nameOrFile.contains("\\")) {
            return file(Path.of(nameOrFile));
        }
        String hint = Suggest.hint(nameOrFile, BUILT_IN);
        throw ScenarioException.of(Source.commandLine("--charter " + nameOrFile), "", "no built-in charter '"
                + nameOrFile + "'", (hint.isEmpty() ? "" : hint + " ") + "built-in charters: " + String.join(", ", BUILT_IN)
                + "; or a charter file such as my-charter.yaml");
    }

    /** A charter file a user wrote. */
    public static Loaded file(Path file) {
        Node node = YamlReader.readFile(file, file.toString(), RecordSpec.of(CharterFile.class));
        return bind(file.toString(), node);
    }

    /** One of {@link #BUILT_IN}. */
    public static Loaded builtIn(String name) {
        String shown = name + ".yaml (built in)";
        try (InputStream in = CharterReader.class.getResourceAsStream(FOLDER + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the built-in charter " + name + " is missing from the program");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return bind(shown, YamlReader.readText(shown, text, RecordSpec.of(CharterFile.class)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in charter " + name, e);
        }
    }

    /**
     * The legal minimum wage charter for a plan in {@code nation}: the first built-in charter that applies there
     * ({@code minimum-wage} in the UK, {@code new-york-home-care-minimum} in New York City).
     */
    public static String legalMinimum(Nation nation) {
        return BUILT_IN.stream().filter(name -> appliesIn(builtIn(name).charter(), nation)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no built-in charter applies in " + nation.key()));
    }

    /** The built-in charters that apply to a plan in {@code nation}, in order. */
    public static List<String> builtInFor(Nation nation) {
        return BUILT_IN.stream().filter(name -> appliesIn(builtIn(name).charter(), nation)).toList();
    }

    private static boolean appliesIn(CharterFile charter, Nation nation) {
        return charter.jurisdiction() == null || nation.isIn(charter.jurisdiction());
    }

    /** The text of a built-in charter, for a union to copy and change. */
    public static String builtInText(String name) {
        try (InputStream in = CharterReader.class.getResourceAsStream(FOLDER + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in charter " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in charter " + name, e);
        }
    }

    private static Loaded bind(String shown, Node node) {
        if (!(node instanceof Node.MapNode tree)) {
            throw ScenarioException.of(node.source(), "", "a charter is a block of 'key: value' lines, found "
                    + node.describe(), "keys such as charter, source, requirements");
        }
        Binder binder = new Binder();
        CharterFile charter = binder.bind(RecordSpec.of(CharterFile.class), tree, "");
        List<Problem> problems = new ArrayList<>(binder.problems());
        Map<String, Source> places = new LinkedHashMap<>();
        if (charter != null) {
            check(charter, tree, problems, places);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt((Problem p) -> p.source().line())
                    .thenComparingInt(p -> p.source().column()));
            throw new ScenarioException(problems);
        }
        return new Loaded(shown, charter, places);
    }

    private static void check(CharterFile charter, Node.MapNode tree, List<Problem> problems, Map<String, Source> places) {
        String jurisdiction = charter.jurisdiction();
        if (jurisdiction != null && Nation.fromKey(jurisdiction).isEmpty() && Country.fromKey(jurisdiction).isEmpty()) {
            List<String> keys = new ArrayList<>();
            java.util.Arrays.stream(Country.values()).forEach(c -> keys.add(c.key()));
            java.util.Arrays.stream(Nation.values()).forEach(n -> keys.add(n.key()));
            String hint = Suggest.hint(jurisdiction, keys);
            problems.add(new Problem(tree.get("jurisdiction").orElseThrow().source(), "jurisdiction",
                    "no jurisdiction '" + jurisdiction + "'", (hint.isEmpty() ? "" : hint + " ") + "one of: "
                    + String.join(", ", keys)));
        }
        Node.ListNode items = (Node.ListNode) tree.get("requirements").orElseThrow();
        if (charter.requirements().isEmpty()) {
            problems.add(new Problem(items.source(), "requirements", "no requirements",
                    "at least one, such as {name: travel-time, check: travel-time-paid, source: ...}"));
        }
        for (int i = 0; i < charter.requirements().size(); i++) {
            CharterFile.Requirement r = charter.requirements().get(i);
            Node.MapNode item = (Node.MapNode) items.items().get(i);
            String path = "requirements[" + r.name() + "]";
            Source nameSource = item.get("name").map(Node::source).orElse(item.source());
            if (places.containsKey(r.name())) {
                problems.add(new Problem(nameSource, path, "a second requirement named '" + r.name()
                        + "' (the first is at line " + places.get(r.name()).line() + ")", "a different name for each"));
                continue;
            }
            places.put(r.name(), item.source());
            List<String> needs = NEEDS.get(r.check());
            for (String key : needs) {
                if (item.get(key).filter(v -> !(v instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL)).isEmpty()) {
                    problems.add(new Problem(item.source(), path + "." + key, "missing: a " + r.check().key()
                            + " check needs " + key, RecordSpec.of(CharterFile.Requirement.class).field(key).orElseThrow()
                            .param().doc().replaceFirst("^For [a-z-]+: ", "")));
                }
            }
            for (Node.Entry entry : item.entries().values()) {
                String key = entry.key();
                if (COMMON.contains(key) || needs.contains(key) || MAY_GIVE.getOrDefault(r.check(), List.of()).contains(key)) {
                    continue;
                }
                Check owner = NEEDS.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey)
                        .findFirst().orElseGet(() -> MAY_GIVE.entrySet().stream().filter(e -> e.getValue().contains(key))
                                .map(Map.Entry::getKey).findFirst().orElse(null));
                if (owner != null) {
                    problems.add(new Problem(entry.keySource(), path + "." + key, key + " is a setting of "
                            + owner.key() + " checks, not of " + r.check().key(),
                            needs.isEmpty() ? "a " + r.check().key() + " check takes no setting"
                                    : "a " + r.check().key() + " check takes " + String.join(", ", needs)));
                }
            }
        }
    }
}
