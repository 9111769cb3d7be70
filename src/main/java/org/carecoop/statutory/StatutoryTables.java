package org.carecoop.statutory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
 * The statutory parameter table: every published figure by jurisdiction and tax year, read from
 * {@code parameters.csv} on the classpath. The figures live in a data file, each row with its
 * source, so updating them for a new tax year is an edit to the data, not to code.
 *
 * <p>Each country keeps its own run of tax years (UK April years such as 2025-26, US calendar years
 * such as 2026); a row keyed by a country ({@code uk}, {@code us}) applies to each of its
 * jurisdictions, and a jurisdiction's own row overrides it for that jurisdiction only.
 *
 * <p>Immutable once loaded; {@link #load()} reads the bundled file once and shares the result.
 */
public final class StatutoryTables {

    /** Where the bundled table lives on the classpath. */
    public static final String RESOURCE = "/org/carecoop/statutory/parameters.csv";

    /** The header row the file must start with, in this order. */
    static final List<String> HEADER = List.of("nation", "tax_year", "parameter", "value", "unit", "source");

    /** A plain decimal number: no signs, exponents, currency symbols or thousands separators. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    /** Every jurisdiction's pack for every tax year its country has in the file, sorted by year. */
    private final Map<Nation, TreeMap<TaxYear, StatutoryPack>> packs;

    private StatutoryTables(Map<Nation, TreeMap<TaxYear, StatutoryPack>> packs) {
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

    /** Whom a row applies to: a whole country, or one jurisdiction in it (which then overrides the country). */
    private record Scope(Country country, Nation nation) {
        static Scope of(String text) {
            Optional<Country> country = Country.fromKey(text).filter(c -> c.key().equals(text));
            if (country.isPresent()) {
                return new Scope(country.get(), null);
            }
            return Nation.fromKey(text).filter(n -> n.key().equals(text)).map(n -> new Scope(n.country(), n))
                    .orElse(null);
        }
    }

    /**
     * Reads a table in the {@code parameters.csv} format. Public so a user-supplied table can be
     * checked the same way as the bundled one.
     *
     * @param text the whole file
     * @param origin a name for the file in messages, e.g. {@code "parameters.csv"}
     * @throws IllegalStateException naming the line and problem for any malformed row, and naming the
     *     jurisdiction, year and parameter for any required figure that is missing
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

        // country -> year -> scope (nation null = the whole country) -> parameter -> figure
        Map<Country, TreeMap<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>>> figures =
                new EnumMap<>(Country.class);
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
            Map<Country, TreeMap<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>>> figures) {
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

        Scope scope = Scope.of(nationText);
        if (scope == null) {
            throw new IllegalStateException(where + "unknown nation '" + nationText + "'; use "
                    + Arrays.stream(Country.values()).map(Country::key).collect(Collectors.joining(", ")) + ", "
                    + Arrays.stream(Nation.values()).map(Nation::key).collect(Collectors.joining(", ")));
        }
        TaxYear year;
        try {
            year = TaxYear.of(yearText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
        if (year.startMonth() != scope.country().yearStart()) {
            throw new IllegalStateException(where + "'" + yearText + "' is not a tax year for " + nationText + ": "
                    + (scope.country().yearStart() == java.time.Month.JANUARY
                            ? "its tax years are calendar years, written like 2026"
                            : "its tax years run April to March, written like 2025-26"));
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
                .computeIfAbsent(scope.country(), c -> new TreeMap<>())
                .computeIfAbsent(year, y -> new HashMap<>())
                .computeIfAbsent(scope, s -> new EnumMap<>(StatutoryParameter.class));
        if (scoped.containsKey(parameter)) {
            throw new IllegalStateException(where + parameter.key() + " for " + nationText + " in "
                    + year.label() + " is given twice");
        }
        scoped.put(parameter, figure);
    }

    private static Map<Nation, TreeMap<TaxYear, StatutoryPack>> buildPacks(
            Map<Country, TreeMap<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>>> figures, String origin) {
        EnumMap<Nation, TreeMap<TaxYear, StatutoryPack>> packs = new EnumMap<>(Nation.class);
        for (Map.Entry<Country, TreeMap<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>>> byCountry
                : figures.entrySet()) {
            Country country = byCountry.getKey();
            TreeMap<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>> years = byCountry.getValue();
            // A gap would leave pack() with no answer for a year inside the country's range.
            for (TaxYear y = years.firstKey(); y.compareTo(years.lastKey()) < 0; y = y.next()) {
                if (!years.containsKey(y)) {
                    throw new IllegalStateException(origin + ": no figures for " + y.label() + ", between "
                            + years.firstKey().label() + " and " + years.lastKey().label());
                }
            }
            Scope whole = new Scope(country, null);
            for (Nation nation : Nation.in(country)) {
                TreeMap<TaxYear, StatutoryPack> byYear = new TreeMap<>();
                for (Map.Entry<TaxYear, Map<Scope, Map<StatutoryParameter, Parameter>>> e : years.entrySet()) {
                    TaxYear year = e.getKey();
                    EnumMap<StatutoryParameter, Parameter> merged = new EnumMap<>(StatutoryParameter.class);
                    merged.putAll(e.getValue().getOrDefault(whole, Map.of()));
                    merged.putAll(e.getValue().getOrDefault(new Scope(country, nation), Map.of()));
                    List<String> missing = new ArrayList<>();
                    for (StatutoryParameter p : StatutoryParameter.values()) {
                        if (p.requiredIn(country) && !merged.containsKey(p)) {
                            missing.add(p.key());
                        }
                    }
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException(origin + ": " + year.label() + " has no "
                                + String.join(", ", missing) + " for " + nation.key()
                                + " (add a " + country.key() + " row or a " + nation.key() + " row)");
                    }
                    byYear.put(year, new StatutoryPack(nation, year, merged, false));
                }
                packs.put(nation, byYear);
            }
        }
        return Collections.unmodifiableMap(packs);
    }

    /**
     * The figures for a jurisdiction in a tax year of its country's kind. A year after the latest in
     * the table gets the latest year's figures, marked {@code carriedForward}, so long projections
     * keep running on the last published figures.
     *
     * @throws IllegalArgumentException for a year before the earliest in the table (listing the years
     *     that are available), a year of the wrong kind (a UK tax year for New York City), or a
     *     jurisdiction the table has no figures for
     */
    public StatutoryPack pack(Nation nation, TaxYear year) {
        if (nation == null) {
            throw new IllegalArgumentException("a statutory pack needs a nation");
        }
        if (year == null) {
            throw new IllegalArgumentException("a statutory pack needs a tax year");
        }
        TreeMap<TaxYear, StatutoryPack> byYear = byYear(nation);
        if (year.startMonth() != nation.country().yearStart()) {
            throw new IllegalArgumentException(year.label() + " is not a tax year of " + nation.key()
                    + ", whose years start in " + nation.country().yearStart().getDisplayName(
                            java.time.format.TextStyle.FULL, java.util.Locale.UK));
        }
        StatutoryPack exact = byYear.get(year);
        if (exact != null) {
            return exact;
        }
        if (year.compareTo(byYear.lastKey()) > 0) {
            StatutoryPack last = byYear.lastEntry().getValue();
            return new StatutoryPack(nation, year, last.parameters(), true);
        }
        throw new IllegalArgumentException("no statutory figures for tax year " + year.label() + " in "
                + nation.key() + "; the table covers "
                + byYear.keySet().stream().map(TaxYear::label).collect(Collectors.joining(", ")));
    }

    /** The figures in force in a month: the pack of the tax year of the jurisdiction's country that holds it. */
    public StatutoryPack pack(Nation nation, YearMonth month) {
        if (nation == null) {
            throw new IllegalArgumentException("a statutory pack needs a nation");
        }
        return pack(nation, nation.country().taxYear(month));
    }

    private TreeMap<TaxYear, StatutoryPack> byYear(Nation nation) {
        TreeMap<TaxYear, StatutoryPack> byYear = packs.get(nation);
        if (byYear == null) {
            throw new IllegalArgumentException("the statutory table has no figures for " + nation.key());
        }
        return byYear;
    }

    /** Whether the table has figures for the jurisdiction. */
    public boolean covers(Nation nation) {
        return packs.containsKey(nation);
    }

    /** The jurisdiction's tax years in the table, earliest first. */
    public List<TaxYear> years(Nation nation) {
        return List.copyOf(byYear(nation).keySet());
    }

    /** The jurisdiction's latest tax year with published figures; later years are carried forward from it. */
    public TaxYear latest(Nation nation) {
        return byYear(nation).lastKey();
    }

    /** The jurisdiction's earliest tax year in the table. */
    public TaxYear earliest(Nation nation) {
        return byYear(nation).firstKey();
    }
}
