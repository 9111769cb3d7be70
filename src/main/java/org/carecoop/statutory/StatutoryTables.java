package org.carecoop.statutory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statutory parameter table: every published figure by nation and tax year, read from
 * {@code parameters.csv} on the classpath. The figures live in a data file, each row with its
 * source, so updating them for a new tax year is an edit to the data, not to code.
 *
 * <p>Immutable once loaded; {@link #load()} reads the bundled file once and shares the result.
 */
public final class StatutoryTables {

    /** Where the bundled table lives on the classpath. */
    public static final String RESOURCE = "/org/carecoop/statutory/parameters.csv";

    /** The header row the file must start with, in this order. */
    static final List<String> HEADER = List.of("nation", "tax_year", "parameter", "value", "unit", "source");

    /** The nation column's value for rows that apply to all four nations. */
    static final String ALL_NATIONS = "uk";

    /** A plain decimal number: no signs, exponents, currency symbols or thousands separators. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    /** Every nation's pack for every tax year in the file, sorted by year. */
    private final TreeMap<TaxYear, Map<Nation, StatutoryPack>> packs;

    private StatutoryTables(TreeMap<TaxYear, Map<Nation, StatutoryPack>> packs) {
        this.packs = packs;
    }

    /** Lazily loads the bundled table once; a failure is kept and re-reported on each call. */
    private static final class Bundled {
        static final StatutoryTables TABLES;
        static final IllegalStateException FAILURE;

        static {
            StatutoryTables tables = null;
            IllegalStateException failure = null;
            try {
                tables = readBundled();
            } catch (IllegalStateException e) {
                failure = e;
            }
            TABLES = tables;
            FAILURE = failure;
        }
    }

    /**
     * The bundled table, read from the classpath on first use.
     *
     * @throws IllegalStateException if the file is missing or any row is malformed; the message names
     *     the line and the problem
     */
    public static StatutoryTables load() {
        if (Bundled.FAILURE != null) {
            throw new IllegalStateException(Bundled.FAILURE.getMessage(), Bundled.FAILURE);
        }
        return Bundled.TABLES;
    }

    private static StatutoryTables readBundled() {
        try (InputStream in = StatutoryTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("statutory parameter table " + RESOURCE
                        + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "parameters.csv");
        } catch (IOException e) {
            throw new IllegalStateException("could not read statutory parameter table " + RESOURCE + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in the {@code parameters.csv} format. Public so a user-supplied table can be
     * checked the same way as the bundled one.
     *
     * @param text the whole file
     * @param origin a name for the file in messages, e.g. {@code "parameters.csv"}
     * @throws IllegalStateException naming the line and problem for any malformed row, and naming the
     *     nation, year and parameter for any required figure that is missing
     */
    public static StatutoryTables parse(String text, String origin) {
        if (text == null) {
            throw new IllegalStateException(origin + ": no text to read");
        }
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.parse(text);
        } catch (CsvReader.CsvFormatException e) {
            throw new IllegalStateException(origin + " " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(origin + ": no header row; expected " + String.join(",", HEADER));
        }
        CsvReader.Row header = rows.get(0);
        List<String> headerFields = header.fields().stream().map(String::trim).toList();
        if (!headerFields.equals(HEADER)) {
            throw new IllegalStateException(origin + " line " + header.line() + ": header must be "
                    + String.join(",", HEADER) + ", found " + String.join(",", header.fields()));
        }

        // year -> scope (empty = all nations) -> parameter -> figure
        TreeMap<TaxYear, Map<Optional<Nation>, Map<StatutoryParameter, Parameter>>> figures = new TreeMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            readRow(row, origin, figures);
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException(origin + ": the table has no figures");
        }
        return new StatutoryTables(buildPacks(figures, origin));
    }

    private static void readRow(
            CsvReader.Row row,
            String origin,
            Map<TaxYear, Map<Optional<Nation>, Map<StatutoryParameter, Parameter>>> figures) {
        String where = origin + " line " + row.line() + ": ";
        List<String> f = row.fields();
        if (f.size() != HEADER.size()) {
            throw new IllegalStateException(where + "expected " + HEADER.size() + " fields ("
                    + String.join(",", HEADER) + "), found " + f.size()
                    + "; quote any field that contains a comma");
        }
        String nationText = f.get(0).trim();
        String yearText = f.get(1).trim();
        String parameterText = f.get(2).trim();
        String valueText = f.get(3).trim();
        String unitText = f.get(4).trim();
        String sourceText = f.get(5).trim();

        Optional<Nation> scope;
        if (nationText.equals(ALL_NATIONS)) {
            scope = Optional.empty();
        } else {
            scope = Nation.fromKey(nationText).filter(n -> n.key().equals(nationText));
            if (scope.isEmpty()) {
                throw new IllegalStateException(where + "unknown nation '" + nationText + "'; use uk, "
                        + Arrays.stream(Nation.values()).map(Nation::key)
                                .collect(Collectors.joining(", ")));
            }
        }
        TaxYear year;
        try {
            year = TaxYear.of(yearText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
        StatutoryParameter parameter = StatutoryParameter.fromKey(parameterText)
                .filter(p -> p.key().equals(parameterText))
                .orElseThrow(() -> new IllegalStateException(where + "unknown parameter '" + parameterText + "'"));
        if (!PLAIN_DECIMAL.matcher(valueText).matches()) {
            throw new IllegalStateException(where + parameter.key() + " value '" + valueText
                    + "' is not a plain decimal number (write 0.15 for 15%, 5000 for 5,000)");
        }
        if (!unitText.equals(parameter.unit())) {
            throw new IllegalStateException(where + parameter.key() + " must be in " + parameter.unit()
                    + ", found '" + unitText + "'");
        }
        if (sourceText.isEmpty()) {
            throw new IllegalStateException(where + parameter.key() + " has no source; every figure must say "
                    + "where it was published");
        }
        Parameter figure;
        try {
            figure = new Parameter(parameter.key(), Double.parseDouble(valueText), unitText, sourceText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
        Map<StatutoryParameter, Parameter> scoped = figures
                .computeIfAbsent(year, y -> new HashMap<>())
                .computeIfAbsent(scope, s -> new EnumMap<>(StatutoryParameter.class));
        if (scoped.containsKey(parameter)) {
            throw new IllegalStateException(where + parameter.key() + " for " + nationText + " in "
                    + year.label() + " is given twice");
        }
        scoped.put(parameter, figure);
    }

    private static TreeMap<TaxYear, Map<Nation, StatutoryPack>> buildPacks(
            TreeMap<TaxYear, Map<Optional<Nation>, Map<StatutoryParameter, Parameter>>> figures, String origin) {
        // A gap would leave pack() with no answer for a year inside the table's range.
        for (TaxYear y = figures.firstKey(); y.compareTo(figures.lastKey()) < 0; y = y.next()) {
            if (!figures.containsKey(y)) {
                throw new IllegalStateException(origin + ": no figures for " + y.label() + ", between "
                        + figures.firstKey().label() + " and " + figures.lastKey().label());
            }
        }
        TreeMap<TaxYear, Map<Nation, StatutoryPack>> packs = new TreeMap<>();
        for (Map.Entry<TaxYear, Map<Optional<Nation>, Map<StatutoryParameter, Parameter>>> e : figures.entrySet()) {
            TaxYear year = e.getKey();
            Map<StatutoryParameter, Parameter> uk = e.getValue().getOrDefault(Optional.empty(), Map.of());
            EnumMap<Nation, StatutoryPack> byNation = new EnumMap<>(Nation.class);
            for (Nation nation : Nation.values()) {
                EnumMap<StatutoryParameter, Parameter> merged = new EnumMap<>(StatutoryParameter.class);
                merged.putAll(uk);
                merged.putAll(e.getValue().getOrDefault(Optional.of(nation), Map.of()));
                List<String> missing = new ArrayList<>();
                for (StatutoryParameter p : StatutoryParameter.values()) {
                    if (p.required() && !merged.containsKey(p)) {
                        missing.add(p.key());
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException(origin + ": " + year.label() + " has no "
                            + String.join(", ", missing) + " for " + nation.key()
                            + " (add a uk row or a " + nation.key() + " row)");
                }
                byNation.put(nation, new StatutoryPack(nation, year, merged, false));
            }
            packs.put(year, Collections.unmodifiableMap(byNation));
        }
        return packs;
    }

    /**
     * The figures for a nation in a tax year. A year after the latest in the table gets the latest
     * year's figures, marked {@code carriedForward}, so long projections keep running on the last
     * published figures.
     *
     * @throws IllegalArgumentException for a year before the earliest in the table, listing the years
     *     that are available
     */
    public StatutoryPack pack(Nation nation, TaxYear year) {
        if (nation == null) {
            throw new IllegalArgumentException("a statutory pack needs a nation");
        }
        if (year == null) {
            throw new IllegalArgumentException("a statutory pack needs a tax year");
        }
        Map<Nation, StatutoryPack> exact = packs.get(year);
        if (exact != null) {
            return exact.get(nation);
        }
        if (year.compareTo(latest()) > 0) {
            StatutoryPack last = packs.lastEntry().getValue().get(nation);
            return new StatutoryPack(nation, year, last.parameters(), true);
        }
        throw new IllegalArgumentException("no statutory figures for tax year " + year.label()
                + "; the table covers " + years().stream().map(TaxYear::label).collect(Collectors.joining(", ")));
    }

    /** The tax years in the table, earliest first. */
    public List<TaxYear> years() {
        return List.copyOf(packs.keySet());
    }

    /** The latest tax year with published figures; later years are carried forward from it. */
    public TaxYear latest() {
        return packs.lastKey();
    }

    /** The earliest tax year in the table. */
    public TaxYear earliest() {
        return packs.firstKey();
    }
}
