package org.carecoop.scenario;

import java.util.HashSet;
import java.util.Set;
import org.carecoop.model.Keyword;
import org.carecoop.statutory.StatutoryParameter;

/**
 * The Markdown reference of the scenario format (docs/scenario-format.md), generated from the same
 * descriptions as the loader. A test fails when the committed file is out of date.
 *
 * <p>Its readers are co-op treasurers and union officers, not programmers: the fixed text explains
 * YAML and the units in plain words, and each block says where in the file it is written.
 */
public final class FormatReference {
    /** The command that writes docs/scenario-format.md; quoted in the file and by its test. */
    public static final String COMMAND = "./carecoop schema --format markdown -o docs/scenario-format.md";

    private FormatReference() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(heading("The scenario format", "the key descriptions in the code", COMMAND))
                .append("A *scenario* is a business plan written as a plain text file, in a format called YAML. This page\n")
                .append("lists every key a scenario may hold, block by block, with its unit, its default and what it means.\n\n")
                .append("It is easier to start from an example than from a blank page: `carecoop init my-plan.yaml` writes a\n")
                .append("commented starter plan, and `scenarios/` holds worked examples with a source beside each figure.\n")
                .append("`carecoop validate my-plan.yaml` checks a plan and says where each problem is;\n")
                .append("`carecoop params my-plan.yaml` lists every value the plan ends up with and where it came from.\n\n")
                .append("## Reading and writing YAML\n\n")
                .append("- Each line is a key, a colon and a space, then the value: `start: 2027-04`.\n")
                .append("- Indentation (spaces, never tabs) shows which block a key belongs to:\n\n")
                .append("  ```yaml\n  care_workers:\n    wage_per_hour: 13.45\n    turnover: 20%\n  ```\n\n")
                .append("- A list has one item per `- `. Each item is a small block of keys, written over several lines or\n")
                .append("  on one line between braces:\n\n")
                .append("  ```yaml\n  office_staff:\n    - role: registered manager\n      salary: 40000\n      count: 1\n")
                .append("    - {role: care coordinator, salary: 28000, per_care_workers: 15}\n  ```\n\n")
                .append("- `#` starts a comment, which runs to the end of the line: use it to say where a figure comes from.\n")
                .append("- Text needs no quotes, except text with a comma inside braces, or with `: ` or ` #` in it:\n")
                .append("  `{item: \"registration, legal and set-up\", amount: 8000}`.\n\n")
                .append("## Writing values\n\n")
                .append("- **Money** is a plain number in the scenario's currency: `24.10`, `60000`. No currency signs, no\n")
                .append("  thousands separators.\n")
                .append("- **Percentages** are written `12.07%`, or as a fraction up to 1 (`0.1207`). A bare number above 1 in a\n")
                .append("  percentage field is refused, since `5` could mean 5% or 500%.\n")
                .append("- **Months** are `YYYY-MM`, for example `2027-04`.\n")
                .append("- **Figures that change over time** (fees, wages, salaries, statutory figures) can be one number, or\n")
                .append("  dated values that each hold until the next: `fee_per_hour: {2027-04: 24.10, 2028-04: 25.30}`.\n")
                .append("  The first date must be at or before the plan's start.\n")
                .append("- **Wage floors**: `care_workers.wage_per_hour` can name a floor from the statutory pack\n")
                .append("  (`national-living-wage`, `real-living-wage`, `london-living-wage`, `care-sector-pay-floor`), which then\n")
                .append("  follows the published rate each April; `wage_above_floor` adds a premium.\n")
                .append("- **Units** in the tables: `money` is an amount in the plan's currency; `/hour`, `/week`, `/month` and\n")
                .append("  `/year` say what it is for; `%/year` is a percentage each year; `count` is a number of people or\n")
                .append("  clients; `YYYY-MM` is a month.\n")
                .append("- **Defaults**: a key left out takes the default shown. A key marked **required** must be given\n")
                .append("  (in this file, or in the file it `extends`). A key with neither is optional, and its meaning says\n")
                .append("  what happens without it. A key written with nothing after it (`mileage_rate:`) counts as left out.\n")
                .append("- Keys are strict: a key the format does not know is an error, with a suggestion when it looks like\n")
                .append("  a typo.\n\n")
                .append("## Parameter paths\n\n")
                .append("Every value has a path: `care_workers.wage_per_hour`, `clients[council].fee_per_hour`,\n")
                .append("`office_staff[registered manager].salary`, `statutory.national_living_wage`. A list item is named by\n")
                .append("its name key (`name` or `stream` for clients, `role`, `item`, `funder`, `lender`) or by its position,\n")
                .append("counting the first as 0. The same path is used by:\n\n")
                .append("- `--set PATH=VALUE` on any command, to change one value for one run;\n")
                .append("- `variants:`, where each variant is a block of `PATH: VALUE` lines, the changes it makes to the plan;\n")
                .append("- `uncertainty:`, where each path is given a range or distribution for sensitivity analysis.\n\n")
                .append("## Building on another scenario\n\n")
                .append("`extends: base.yaml` (relative to the file) starts from another scenario. Keys written in this\n")
                .append("file replace the other file's; blocks merge key by key; list items with the same name merge (so\n")
                .append("`clients: [{stream: council, fee_per_hour: 22.00}]` changes only the council fee) and new items are\n")
                .append("added. Required keys may be left out, since the other file gives them. A chain of `extends` that\n")
                .append("comes back on itself is an error.\n\n");
        block(md, RecordSpec.scenario(), "", false, new HashSet<>());
        md.append("## `statutory`\n\n")
                .append("Statutory and published figures come from the pack for the scenario's `nation` and each tax year\n")
                .append("(April to March in the UK; the calendar year for `us-new-york-city`), with a source for every\n")
                .append("figure (`carecoop params FILE` shows them). Figures a jurisdiction does not have are left out (no\n")
                .append("Real Living Wage in New York) or set to 0 (no Employment Allowance or statutory holiday pay in the\n")
                .append("US), and US unemployment insurance is charged as a running cost per person employed. A scenario may\n")
                .append("replace any of them for itself, under `statutory:`, with one number or dated values. A `fraction` is a\n")
                .append("rate, written as a percentage (`15%`) or a fraction (`0.15`). After the latest published tax year,\n")
                .append("the latest figures are carried forward (an assumption, and `validate` says so).\n\n")
                .append("```yaml\nstatutory:\n  employer_ni_rate: 15%     # in place of the pack's rate, in every year\n"
                        + "  mileage_rate: 0.45\n```\n\n")
                .append("| key | unit | meaning |\n|---|---|---|\n");
        for (StatutoryParameter p : StatutoryParameter.values()) {
            md.append("| `").append(p.key()).append("` | ").append(p.unit()).append(" | ").append(p.description())
                    .append(" |\n");
        }
        md.append("\n## `variants`, `uncertainty` and `correlations`\n\n")
                .append("A variant is a named alternative version of the plan: a block of `PATH: VALUE` lines, each a\n")
                .append("change to the plan (`carecoop params FILE --variant NAME` shows the result). `uncertainty` gives\n")
                .append("uncertain inputs a range, by path, for sensitivity analysis.\n\n")
                .append("```yaml\nvariants:\n  for-profit:\n    provider.model: for-profit\n")
                .append("    care_workers.wage_per_hour: national-living-wage\n    care_workers.turnover: 28.5%\n")
                .append("    surplus: {owner_dividend: 100%}\nuncertainty:\n")
                .append("  clients[council].fee_per_hour: triangular(22.50, 24.10, 26.00)\n")
                .append("  care_workers.turnover: uniform(10%, 35%)\ncorrelations:\n")
                .append("  clients[council].fee_per_hour ~ care_workers.turnover: -0.3\n```\n\n")
                .append("Distributions: `uniform(low, high)`, `triangular(min, mode, max)`, `pert(min, mode, max)`,\n")
                .append("`normal(mean, sd)` or `normal(mean, sd, low, high)` (truncated), `lognormal(mean, sd)`,\n")
                .append("`discrete(value: weight, ...)`. Numbers may be percentages. `lognormal` takes the mean and\n")
                .append("standard deviation of the value itself. Every value a distribution can draw must be one its input\n")
                .append("can take (a turnover from 0% to 100%, a fee of 0 or more: give a `normal` cuts), and the plan's\n")
                .append("length (`years`) and inputs that are words cannot be uncertain. A correlation links two inputs of `uncertainty`, from -1\n")
                .append("to 1; Monte Carlo runs apply them together with a Gaussian copula, and refuse a set of\n")
                .append("correlations that cannot hold together (a matrix that is not positive definite).\n");
        return md.toString();
    }

    /** One block's table, then the blocks inside it, so each nested block follows its parent. */
    private static void block(StringBuilder md, RecordSpec spec, String path, boolean list, Set<RecordSpec> seen) {
        if (!seen.add(spec)) {
            return;
        }
        md.append("## ").append(path.isEmpty() ? "Top level" : "`" + path + "`" + (list ? " (a list)" : ""))
                .append("\n\n").append(spec.doc()).append("\n\n");
        md.append(placement(spec, path, list));
        md.append("| key | unit | default | meaning |\n|---|---|---|---|\n");
        for (FieldSpec field : spec.fields()) {
            String childPath = path.isEmpty() ? field.key() : path + "." + field.key();
            md.append(keyRow(field, switch (field.kind()) {
                case RECORD -> ". Its keys are under `" + childPath + "` below.";
                case RECORD_LIST -> ". A list: each item's keys are under `" + childPath + "` below.";
                case SCHEDULE_MAP -> ". The names are under `statutory` below.";
                case TEXT_MAP, CHANGES_MAP -> ". See `variants`, `uncertainty` and `correlations` below.";
                default -> "";
            }));
        }
        md.append('\n');
        for (FieldSpec field : spec.fields()) {
            if (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST) {
                block(md, field.nested(), path.isEmpty() ? field.key() : path + "." + field.key(),
                        field.kind() == FieldSpec.Kind.RECORD_LIST, seen);
            }
        }
    }

    /** The title of a generated page and the comment that says how to generate it again. */
    static String heading(String title, String from, String command) {
        return "# " + title + "\n\n<!-- Generated from " + from + " by\n     " + command + "\n"
                + "     Do not edit by hand: change the descriptions and run the command again. -->\n\n";
    }

    /**
     * One key's row of a reference table: key, unit, default, and its meaning with a keyword's choices (or the
     * words a value may take), {@code after} (where a nested block's keys are), and the source of the default.
     */
    static String keyRow(FieldSpec field, String after) {
        String def = field.required() ? "**required**" : field.param().def().isEmpty() ? "" : "`" + field.param().def() + "`";
        String meaning = field.param().doc();
        if (field.kind() == FieldSpec.Kind.KEYWORD) {
            StringBuilder choices = new StringBuilder();
            for (Object c : field.elementType().getEnumConstants()) {
                Keyword k = (Keyword) c;
                choices.append("<br>`").append(k.key()).append("`: ").append(k.meaning());
            }
            meaning += choices;
        } else if (field.kind() != FieldSpec.Kind.SCHEDULE && !field.words().isEmpty()) {
            meaning += ". One of: `" + String.join("`, `", field.words()) + "`";
        }
        meaning += after;
        if (!field.param().source().isEmpty()) {
            meaning += " *Source of the default: " + field.param().source() + ".*";
        }
        return "| `" + field.key() + "` | " + field.unit() + " | " + def + " | " + meaning.replace("|", "\\|") + " |\n";
    }

    /** Where a block is written in the file, and for a list item, how paths name it. */
    private static String placement(RecordSpec spec, String path, boolean list) {
        if (path.isEmpty()) {
            return "These keys start at the left margin, without indentation.\n\n";
        }
        String[] parts = path.split("\\.");
        String key = parts[parts.length - 1];
        StringBuilder where = new StringBuilder("Written indented under `").append(key).append(":`");
        if (parts.length > 1) {
            where.append(", inside `").append(parts[parts.length - 2]).append(":`");
        }
        where.append(list ? ", one item per `- `." : ".");
        if (!spec.keyedBy().isEmpty()) {
            where.append(" An item is named in paths by its `").append(String.join("`, or else its `", spec.keyedBy()))
                    .append("`, as in `").append(path).append("[NAME]`.");
        }
        return where.append("\n\n").toString();
    }
}
