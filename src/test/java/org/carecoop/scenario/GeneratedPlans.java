package org.carecoop.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Random valid plans for property tests: a shipped scenario or template, with some of its numeric inputs
 * moved by {@code --set} overrides to between half and one and a half times their value (within what
 * the format allows). The inputs to move are found from the scenario itself ({@code params}), so every
 * parameter the format gains is varied too. A draw the loader refuses (two inputs that no longer fit
 * together, such as guaranteed hours above the hours worked) is drawn again; {@link #rejected()} counts
 * those.
 *
 * <p>A property is checked with {@link #check}: a fixed seed (so CI is reproducible; set the system
 * property {@code carecoop.properties.seed} to explore others), and on a failure the overrides are
 * shrunk to the fewest that still fail, then reported with the seed and the draw.
 */
public final class GeneratedPlans {
    /** The seed of every property run, unless the system property gives another. */
    public static final long SEED = Long.getLong("carecoop.properties.seed", 20261122L);

    /** One generated plan: a shipped file and the overrides applied to it. */
    public record Plan(Path file, List<String> overrides) {
        public LoadedScenario load() {
            return ScenarioLoader.load(file, null, overrides);
        }

        /** The same plan with more overrides after these. */
        public Plan with(String... more) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(List.of(more));
            return new Plan(file, all);
        }

        /** The command-line arguments: the file, then --set for each override. */
        public List<String> args() {
            List<String> args = new ArrayList<>(List.of(file.toString()));
            overrides.forEach(o -> args.addAll(List.of("--set", o)));
            return args;
        }

        @Override
        public String toString() {
            return file + " " + String.join(" ", overrides.stream().map(o -> "--set '" + o + "'").toList());
        }
    }

    /** A numeric input of a shipped plan that can be moved. */
    private record Input(String path, double value, double min, double max, boolean whole, boolean percent) {}

    /** A shipped plan and its movable inputs. */
    private record Base(Path file, List<Input> inputs) {}

    private static List<Base> bases;
    private static int rejected;

    private GeneratedPlans() {}

    /** The shipped scenarios and templates, each base plan with its movable inputs. */
    static synchronized List<Base> bases() {
        if (bases == null) {
            List<Base> found = new ArrayList<>();
            for (Path file : shippedFiles()) {
                LoadedScenario loaded = ScenarioLoader.load(file);
                List<Input> inputs = new ArrayList<>();
                for (Parameterised p : Parameterised.numericInputs(loaded)) {
                    // a zero stays zero: guaranteed hours on zero-hours contracts, no loan
                    if (p.current() != 0) {
                        inputs.add(new Input(p.path(), p.current(), p.min(), p.max(), p.whole(), p.percent()));
                    }
                }
                found.add(new Base(file, List.copyOf(inputs)));
            }
            bases = List.copyOf(found);
        }
        return bases;
    }

    /** The plans the project ships: the worked examples and the templates 'carecoop init' writes. */
    public static List<Path> shippedFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenarios"), Path.of("src/main/resources/org/carecoop/templates"))) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A random valid plan built on any shipped file. */
    public static Plan draw(Random random) {
        List<Base> all = bases();
        return draw(random, all.get(random.nextInt(all.size())).file());
    }

    /** A random valid plan built on the given shipped file. */
    public static Plan draw(Random random, Path file) {
        Base base = bases().stream().filter(b -> b.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " is not a shipped plan"));
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> overrides = new ArrayList<>();
            int moves = 1 + random.nextInt(Math.min(12, base.inputs().size()));
            List<Input> pool = new ArrayList<>(base.inputs());
            for (int i = 0; i < moves; i++) {
                Input input = pool.remove(random.nextInt(pool.size()));
                overrides.add(input.path() + "=" + moved(input, random));
            }
            Plan plan = new Plan(file, List.copyOf(overrides));
            try {
                plan.load();
                return plan;
            } catch (ScenarioException doesNotFit) {
                synchronized (GeneratedPlans.class) {
                    rejected++;
                }
            }
        }
        throw new IllegalStateException("no valid plan drawn from " + file + " in 100 attempts");
    }

    /** Draws refused by the loader so far (inputs that no longer fit together). */
    public static synchronized int rejected() {
        return rejected;
    }

    /** An input moved to between half and one and a half times its value, written as a user would. */
    private static String moved(Input input, Random random) {
        double v = input.value() * (0.5 + random.nextDouble());
        v = Math.max(input.min(), Math.min(input.max(), v));
        if (input.whole()) {
            return String.valueOf(Math.max((long) Math.ceil(input.min()), Math.round(v)));
        }
        return input.percent() ? String.format(Locale.ROOT, "%.4f%%", v * 100) : String.format(Locale.ROOT, "%.4f", v);
    }

    /**
     * Checks a property on {@code count} generated plans drawn from {@link #SEED}. A failure is shrunk to the
     * fewest overrides that still fail and reported with the draw, so it can be run again by hand.
     *
     * @return the number of plans checked
     */
    public static int check(String property, int count, java.util.function.Function<Random, Plan> generator,
                            Consumer<Plan> property1) {
        Random random = new Random(SEED ^ property.hashCode());
        for (int i = 0; i < count; i++) {
            Plan plan = generator.apply(random);
            Throwable failure = failure(property1, plan);
            if (failure != null) {
                Plan smallest = shrink(plan, property1);
                throw new AssertionError(property + " fails on draw " + i + " of seed " + SEED + ", with as few overrides "
                        + "as still fail: " + smallest + "\n(as drawn: " + plan + ")\n" + failure(property1, smallest),
                        failure);
            }
        }
        System.out.println("property '" + property + "': " + count + " generated plans checked");
        return count;
    }

    private static Throwable failure(Consumer<Plan> property, Plan plan) {
        try {
            property.accept(plan);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    /** Drops overrides one at a time while the property still fails (and the plan still loads). */
    private static Plan shrink(Plan plan, Consumer<Plan> property) {
        Plan current = plan;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = 0; i < current.overrides().size(); i++) {
                List<String> fewer = new ArrayList<>(current.overrides());
                fewer.remove(i);
                Plan candidate = new Plan(current.file(), fewer);
                if (loads(candidate) && failure(property, candidate) != null) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean loads(Plan plan) {
        try {
            plan.load();
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }
}
