package org.carecoop.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written form of an uncertain input, such as {@code triangular(22.50, 24.10, 26.00)}: checked
 * here when a scenario loads, so a mistake is reported with the scenario's other problems.
 */
public final class Distributions {
    private static final Pattern CALL = Pattern.compile("\\s*([a-z]+)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);

    /** A parsed distribution: its name and its arguments (percentages as fractions). */
    public record Spec(String name, List<Double> args, List<Double> weights) {
        public Spec {
            args = List.copyOf(args);
            weights = List.copyOf(weights);
        }
    }

    private Distributions() {}

    /** Parses and checks a distribution; {@link IllegalArgumentException} says what is wrong. */
    public static Spec check(String text) {
        Matcher m = CALL.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a distribution");
        }
        String name = m.group(1);
        String[] parts = m.group(2).trim().isEmpty() ? new String[0] : m.group(2).split(",");
        List<Double> args = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String part : parts) {
            if (name.equals("discrete")) {
                String[] vw = part.split(":");
                if (vw.length != 2) {
                    throw new IllegalArgumentException("discrete takes 'value: weight' pairs, found '" + part.trim() + "'");
                }
                args.add(number(vw[0]));
                weights.add(number(vw[1]));
            } else {
                args.add(number(part));
            }
        }
        switch (name) {
            case "uniform" -> {
                count(name, args, 2, "uniform(low, high)");
                order(name, args.get(0), args.get(1), "low", "high");
            }
            case "triangular", "pert" -> {
                count(name, args, 3, name + "(min, mode, max)");
                order(name, args.get(0), args.get(1), "min", "mode");
                order(name, args.get(1), args.get(2), "mode", "max");
                if (args.get(0).equals(args.get(2))) {
                    throw new IllegalArgumentException(name + " needs min below max");
                }
            }
            case "normal", "lognormal" -> {
                if (args.size() != 2 && args.size() != 4) {
                    throw new IllegalArgumentException(name + " takes 2 numbers (mean, sd) or 4 (mean, sd, low, high), found "
                            + args.size());
                }
                if (args.get(1) <= 0) {
                    throw new IllegalArgumentException(name + " needs a standard deviation above zero");
                }
                if (name.equals("lognormal") && args.get(0) <= 0) {
                    throw new IllegalArgumentException("lognormal needs a mean above zero");
                }
                if (args.size() == 4 && !(args.get(2) < args.get(3))) {
                    throw new IllegalArgumentException(name + " needs its low cut below its high cut");
                }
            }
            case "discrete" -> {
                if (args.isEmpty()) {
                    throw new IllegalArgumentException("discrete needs at least one 'value: weight' pair");
                }
                if (weights.stream().anyMatch(w -> w < 0) || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                    throw new IllegalArgumentException("discrete weights must be zero or more and not all zero");
                }
            }
            default -> {
                List<String> names = List.of("uniform", "triangular", "pert", "normal", "lognormal", "discrete");
                String hint = Suggest.hint(name, names);
                throw new IllegalArgumentException("unknown distribution '" + name + "'"
                        + (hint.isEmpty() ? "; one of: " + String.join(", ", names) : ", " + hint));
            }
        }
        return new Spec(name, args, weights);
    }

    private static void count(String name, List<Double> args, int n, String form) {
        if (args.size() != n) {
            throw new IllegalArgumentException(name + " takes " + n + " numbers, " + form + ", found " + args.size());
        }
    }

    private static void order(String name, double a, double b, String first, String second) {
        if (a > b) {
            throw new IllegalArgumentException(name + ": " + first + " (" + Values.format(a, false) + ") is above "
                    + second + " (" + Values.format(b, false) + ")");
        }
    }

    private static double number(String text) {
        String t = text.trim();
        try {
            double value = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            if (Math.abs(value) >= Values.MAX_MAGNITUDE) {
                throw new IllegalArgumentException("'" + t + "' is too large for a figure in a plan");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
    }
}
