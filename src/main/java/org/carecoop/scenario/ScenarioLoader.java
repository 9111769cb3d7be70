package org.carecoop.scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a scenario: reads the file and what it {@code extends}, applies a variant and
 * {@code --set} overrides, binds the records and checks them. Every problem is a
 * {@link ScenarioException} listing all that was found.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /** Loads the base plan, or a variant of it, with overrides written {@code path=value}. */
    public static LoadedScenario load(Path file, String variant, List<String> overrides) {
        Node.MapNode tree = readTree(file);
        if (variant != null) {
            tree = applyVariant(tree, variant, file);
        }
        for (String override : overrides) {
            tree = applyOverride(tree, override);
        }
        return Substance.check(bindAndCheck(file, variant, tree));
    }

    public static LoadedScenario load(Path file) {
        return load(file, null, List.of());
    }

    /**
     * Checks the base plan and every variant; returns each one loaded. Problems in any of them are
     * thrown together.
     */
    public static List<LoadedScenario> loadAll(Path file, List<String> overrides) {
        Node.MapNode base = readTree(file);
        List<LoadedScenario> loaded = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(null);
        names.addAll(variantNames(base));
        for (String name : names) {
            try {
                Node.MapNode tree = name == null ? base : applyVariant(base, name, file);
                for (String override : overrides) {
                    tree = applyOverride(tree, override);
                }
                loaded.add(Substance.check(bindAndCheck(file, name, tree)));
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    if (name == null) {
                        problems.add(p);
                    } else if (!problems.contains(p)) {
                        // a problem of the base plan shows up in every variant: report it once
                        problems.add(new Problem(p.source(), p.path(), p.message() + " in variant '" + name + "'",
                                p.expected()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
        return loaded;
    }

    /** The variant names written in a scenario (after {@code extends}). */
    public static List<String> variantNames(Node.MapNode tree) {
        return tree.get("variants").filter(Node.MapNode.class::isInstance)
                .map(v -> List.copyOf(((Node.MapNode) v).entries().keySet())).orElse(List.of());
    }

    /** Reads a file and merges it over the files it extends. */
    public static Node.MapNode readTree(Path file) {
        return readTree(file.toAbsolutePath().normalize(), file.toString(), new ArrayDeque<>());
    }

    private static Node.MapNode readTree(Path absolute, String shownName, Deque<Path> chain) {
        Node node = YamlReader.readFile(absolute, shownName);
        if (!(node instanceof Node.MapNode map)) {
            throw ScenarioException.of(node.source(), "", "a scenario is a block of 'key: value' lines, found "
                    + node.describe(), "keys such as scenario, start, clients, care_workers");
        }
        Optional<Node> parent = map.get("extends");
        if (parent.isEmpty()) {
            return map;
        }
        Node.MapNode own = map.without("extends");
        if (!(parent.get() instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.TEXT || s.text().isBlank()) {
            throw ScenarioException.of(parent.get().source(), "extends", "expected a file name",
                    "a path relative to this file, such as base.yaml");
        }
        Path base = absolute.getParent() == null ? Path.of(s.text()) : absolute.getParent().resolve(s.text());
        base = base.normalize();
        chain.push(absolute);
        if (chain.contains(base)) {
            List<String> cycle = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(p -> cycle.add(p.getFileName().toString()));
            cycle.add(base.getFileName().toString());
            throw ScenarioException.of(s.source(), "extends", "extends forms a cycle: " + String.join(" -> ", cycle),
                    "each file may extend another only once along the chain");
        }
        if (!base.toFile().isFile()) {
            throw ScenarioException.of(s.source(), "extends", "file '" + s.text() + "' not found"
                    + (base.toFile().isDirectory() ? " (it is a folder)" : ""), "a scenario file relative to this one");
        }
        Path relativeShown = Path.of(shownName).getParent() == null ? Path.of(s.text())
                : Path.of(shownName).getParent().resolve(s.text()).normalize();
        Node.MapNode parentTree = readTree(base, relativeShown.toString(), chain);
        chain.pop();
        return Tree.merge(RecordSpec.scenario(), parentTree, own);
    }

    /** Applies a named variant's changes to the tree. */
    public static Node.MapNode applyVariant(Node.MapNode tree, String name, Path file) {
        List<String> names = variantNames(tree);
        Node.MapNode variants = (Node.MapNode) tree.get("variants").filter(Node.MapNode.class::isInstance).orElse(null);
        if (variants == null || !names.contains(name)) {
            String hint = Suggest.hint(name, names);
            throw ScenarioException.of(Source.commandLine("--variant " + name), "variants",
                    "no variant '" + name + "' in " + file,
                    names.isEmpty() ? "this scenario has no variants" : (hint.isEmpty() ? "" : hint + " ")
                            + "variants: " + String.join(", ", names));
        }
        Node changes = variants.get(name).orElseThrow();
        if (!(changes instanceof Node.MapNode changeMap)) {
            // worded as the binder words it, so loadAll reports the problem once, not twice
            throw ScenarioException.of(changes.source(), "variants." + name, "expected changes as 'path: value' lines, found "
                    + changes.describe(), "for example care_workers.wage_per_hour: 12.71");
        }
        List<Problem> problems = new ArrayList<>();
        Node.MapNode result = tree;
        for (Node.Entry change : changeMap.entries().values()) {
            try {
                ParamPath path = ParamPath.parse(change.key());
                result = Tree.set(result, path, change.value(), change.keySource());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(change.keySource(), "variants." + name, e.getMessage(), "a parameter path"));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return result;
    }

    /** Applies one {@code path=value} override from the command line. */
    public static Node.MapNode applyOverride(Node.MapNode tree, String override) {
        Source origin = Source.commandLine("--set " + override);
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw ScenarioException.of(origin, "", "an override is written path=value",
                    "for example --set clients[council].fee_per_hour=24.10");
        }
        ParamPath path;
        try {
            path = ParamPath.parse(override.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of(origin, "", e.getMessage(), "a parameter path; 'carecoop params FILE' lists them");
        }
        if (path.text().equals("extends")) {
            // the files a scenario extends are read before any override: a new one here would be ignored
            throw ScenarioException.of(origin, "extends", "extends cannot be changed this way", "edit the scenario file");
        }
        String text = override.substring(eq + 1);
        Node parsed;
        try {
            parsed = YamlReader.readText("--set " + path, text.isBlank() ? "~" : text);
        } catch (ScenarioException e) {
            // the value's own line and column mean nothing on a command line: name the override instead
            throw new ScenarioException(e.problems().stream()
                    .map(p -> new Problem(origin, path.text(), p.message(), p.expected())).toList());
        }
        return Tree.set(tree, path, restamp(parsed, origin), origin);
    }

    /** Gives every node of a value from the command line the command line as its source. */
    private static Node restamp(Node node, Source origin) {
        if (node instanceof Node.Scalar s) {
            return new Node.Scalar(s.text(), s.type(), origin);
        }
        if (node instanceof Node.ListNode list) {
            return new Node.ListNode(list.items().stream().map(n -> restamp(n, origin)).toList(), origin);
        }
        Node.MapNode map = (Node.MapNode) node;
        Map<String, Node.Entry> entries = map.entries().values().stream().collect(Collectors.toMap(Node.Entry::key,
                e -> new Node.Entry(e.key(), origin, restamp(e.value(), origin)), (a, b) -> a,
                java.util.LinkedHashMap::new));
        return new Node.MapNode(entries, origin);
    }

    /** Binds and checks a tree that was already read and changed (by a solver, say). */
    static LoadedScenario bind(Path file, String variant, Node.MapNode tree) {
        return bindAndCheck(file, variant, tree);
    }

    private static LoadedScenario bindAndCheck(Path file, String variant, Node.MapNode tree) {
        Binder binder = new Binder();
        ScenarioFile scenario = binder.bind(RecordSpec.scenario(), tree, "");
        List<Problem> problems = new ArrayList<>(binder.problems());
        List<Problem> warnings = new ArrayList<>();
        if (scenario != null) {
            Checks.check(scenario, tree, problems, warnings);
        }
        if (!problems.isEmpty()) {
            // in the order of the file, as a reader goes through it
            problems.sort(java.util.Comparator.comparing((Problem p) -> p.source().file())
                    .thenComparingInt(p -> p.source().line()).thenComparingInt(p -> p.source().column()));
            throw new ScenarioException(problems);
        }
        return new LoadedScenario(file, variant, tree, scenario, warnings);
    }
}
