package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.model.Scenario;

/**
 * A scenario with several numeric inputs left open, for Monte Carlo and Sobol runs: each set of
 * values (in the order of {@link #paths()}) gives the resolved scenario. Values are set as the
 * scenario would hold them: percentages as fractions, whole numbers rounded. Safe to call from
 * several threads at once.
 */
public final class Draws {
    private final LoadedScenario base;
    private final List<String> paths;
    private final List<Parameterised> inputs;

    private final List<ParamPath> parsed;
    /** The paths bound to the base scenario's records; null when one passes through a block it leaves out. */
    private final RecordPaths.Bound bound;
    /** The plan's statutory packs, reused by every draw that leaves them alone; null when a draw changes them. */
    private final List<org.carecoop.statutory.StatutoryPack> packs;

    private Draws(LoadedScenario base, List<String> paths, List<Parameterised> inputs) {
        this.base = base;
        this.paths = List.copyOf(paths);
        this.inputs = List.copyOf(inputs);
        this.parsed = paths.stream().map(ParamPath::parse).toList();
        boolean statutory = parsed.stream().map(p -> p.segments().get(0).key())
                .anyMatch(k -> List.of("statutory", "wage_floor_growth", "nation", "start", "years").contains(k));
        this.packs = statutory ? null : Resolver.statutory(base);
        this.bound = RecordPaths.bind(base.scenario(), parsed);
    }

    /** Opens the inputs at these paths; a path that is not a number is a user error. */
    public static Draws of(LoadedScenario base, List<String> paths) {
        List<Parameterised> inputs = new ArrayList<>();
        for (String path : paths) {
            inputs.add(Parameterised.of(base, path));
        }
        return new Draws(base, paths, inputs);
    }

    public List<String> paths() {
        return paths;
    }

    /** The input at a position, for its unit, limits and display. */
    public Parameterised input(int index) {
        return inputs.get(index);
    }

    /**
     * The resolved scenario with each input at its value; values outside an input's limits are
     * clamped. Values go straight into the records the paths were bound to once, and the statutory
     * packs are reused unless an input changes them; only when a path runs through a block the
     * scenario leaves out does it go back through the tree.
     */
    public Scenario at(double[] values) {
        if (values.length != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " values, got " + values.length);
        }
        if (bound != null) {
            double[] clamped = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                Parameterised p = inputs.get(i);
                clamped[i] = Math.max(p.min(), Math.min(p.max(), values[i]));
            }
            return Resolver.resolve(bound.with(clamped), base.tree(), packs);
        }
        LoadedScenario current = base;
        for (int i = 0; i < values.length; i++) {
            Parameterised p = i == 0 ? inputs.get(0) : Parameterised.of(current, paths.get(i));
            double v = Math.max(p.min(), Math.min(p.max(), values[i]));
            current = p.loadedAt(v);
        }
        return Resolver.resolve(current);
    }
}
