package org.carecoop.statutory;

import java.util.Optional;

/**
 * The statutory and published figures the model needs, each with its file key, unit and the
 * countries whose every tax year must have it (a UK-only figure such as the Real Living Wage has no
 * US counterpart). Keeping the list here (not just in the CSV) lets the loader catch a
 * missing or misspelt row, and lets code name a figure without a string.
 */
public enum StatutoryParameter {
    NATIONAL_LIVING_WAGE("national_living_wage", "money/hour",
            "Legal minimum hourly wage for adults: the UK National Living Wage (21 and over); in New York City "
                    + "the state minimum wage", Required.EVERYWHERE),
    YOUTH_RATE_18_20("youth_rate_18_20", "money/hour", "National Minimum Wage, 18 to 20 year old rate (UK)",
            Required.UK),
    REAL_LIVING_WAGE("real_living_wage", "money/hour",
            "Real Living Wage, UK outside London (Living Wage Foundation, voluntary)", Required.UK),
    LONDON_LIVING_WAGE("london_living_wage", "money/hour",
            "London Living Wage (Living Wage Foundation, voluntary)", Required.UK),
    EMPLOYER_NI_RATE("employer_ni_rate", "fraction",
            "Employer payroll tax on pay above the threshold: UK employer (secondary Class 1) National Insurance; "
                    + "in the US employer FICA (Social Security and Medicare)", Required.EVERYWHERE),
    NI_SECONDARY_THRESHOLD("ni_secondary_threshold", "money/year",
            "Pay per employee per year on which no employer National Insurance (or FICA) is due", Required.EVERYWHERE),
    EMPLOYMENT_ALLOWANCE("employment_allowance", "money/year",
            "Employment Allowance: employer National Insurance an eligible employer need not pay, per year "
                    + "(0 where there is no such relief)", Required.EVERYWHERE),
    PENSION_EMPLOYER_RATE("pension_employer_rate", "fraction",
            "Minimum employer pension contribution on qualifying earnings (UK auto-enrolment; 0 where none is "
                    + "required)", Required.EVERYWHERE),
    PENSION_QUALIFYING_LOWER("pension_qualifying_lower", "money/year",
            "Pension contributions are due on pay above this, per year (UK qualifying earnings lower limit)",
            Required.EVERYWHERE),
    PENSION_QUALIFYING_UPPER("pension_qualifying_upper", "money/year",
            "Pension contributions are due on pay up to this, per year (UK qualifying earnings upper limit; "
                    + "US retirement-plan compensation limit)", Required.EVERYWHERE),
    HOLIDAY_ACCRUAL_RATE("holiday_accrual_rate", "fraction",
            "Paid holiday accrued as a share of hours worked (UK irregular hours: 5.6 weeks / 46.4 working weeks; "
                    + "0 where the law requires none)", Required.EVERYWHERE),
    SSP_WEEKLY_RATE("ssp_weekly_rate", "money/week",
            "Statutory sick pay: most paid for a week off sick (UK Statutory Sick Pay flat rate)", Required.EVERYWHERE),
    SSP_WAITING_DAYS("ssp_waiting_days", "days", "Statutory sick pay: unpaid waiting days at the start of a spell",
            Required.EVERYWHERE),
    SSP_EARNINGS_CAP_SHARE("ssp_earnings_cap_share", "fraction",
            "Statutory sick pay is at most this share of normal weekly earnings (1 = full pay)", Required.EVERYWHERE),
    SSP_LOWER_EARNINGS_LIMIT("ssp_lower_earnings_limit", "money/week",
            "Weekly earnings below which no statutory sick pay is due (0 = no limit)", Required.EVERYWHERE),
    CORPORATION_TAX_SMALL_RATE("corporation_tax_small_rate", "fraction",
            "Tax on profits up to the lower limit (UK corporation tax small profits rate)", Required.EVERYWHERE),
    CORPORATION_TAX_MAIN_RATE("corporation_tax_main_rate", "fraction",
            "Tax on profits above the upper limit (UK corporation tax main rate; US corporate income tax)",
            Required.EVERYWHERE),
    CORPORATION_TAX_LOWER_LIMIT("corporation_tax_lower_limit", "money/year",
            "Corporation tax: profits up to this pay the small profits rate", Required.EVERYWHERE),
    CORPORATION_TAX_UPPER_LIMIT("corporation_tax_upper_limit", "money/year",
            "Corporation tax: profits above this pay the main rate", Required.EVERYWHERE),
    CORPORATION_TAX_MARGINAL_RELIEF_FRACTION("corporation_tax_marginal_relief_fraction", "fraction",
            "Corporation tax marginal relief standard fraction (0 where there is none)", Required.EVERYWHERE),
    MILEAGE_RATE("mileage_rate", "money/mile",
            "Approved mileage rate for a car, per business mile (HMRC's for the first 10,000 miles; the IRS "
                    + "standard mileage rate)", Required.EVERYWHERE),
    MILEAGE_RATE_OVER_10000("mileage_rate_over_10000", "money/mile",
            "Approved mileage rate for business miles over the threshold in a year", Required.EVERYWHERE),
    MILEAGE_RATE_THRESHOLD("mileage_rate_threshold", "miles",
            "Business miles a year paid at the higher approved mileage rate", Required.EVERYWHERE),
    CARE_SECTOR_PAY_FLOOR("care_sector_pay_floor", "money/hour",
            "Government minimum hourly pay for care workers in publicly funded care (Scotland and Wales; "
                    + "New York's home care aide minimum wage)", Required.NOWHERE),
    FEDERAL_UNEMPLOYMENT_TAX_RATE("federal_unemployment_tax_rate", "fraction",
            "US federal unemployment tax (FUTA) after the credit for state contributions, on each employee's pay "
                    + "up to the wage base", Required.US),
    FEDERAL_UNEMPLOYMENT_WAGE_BASE("federal_unemployment_wage_base", "money/year",
            "Pay per employee per year on which federal unemployment tax is due", Required.US),
    STATE_UNEMPLOYMENT_TAX_RATE("state_unemployment_tax_rate", "fraction",
            "State unemployment insurance contribution rate of a new employer, on each employee's pay up to the "
                    + "state wage base", Required.US),
    STATE_UNEMPLOYMENT_WAGE_BASE("state_unemployment_wage_base", "money/year",
            "Pay per employee per year on which state unemployment insurance is due", Required.US);

    /** Which countries' packs must have a figure for a parameter in every year. */
    enum Required {
        EVERYWHERE, UK, US, NOWHERE;

        boolean in(Country country) {
            return switch (this) {
                case EVERYWHERE -> true;
                case UK -> country == Country.UK;
                case US -> country == Country.US;
                case NOWHERE -> false;
            };
        }
    }

    /** The snake_case name used in the CSV and in scenario paths. */
    private final String key;
    /** The unit every row for this parameter must carry. */
    private final String unit;
    /** A one-line explanation for listings and reports. */
    private final String description;
    /** Which countries must have a figure in every tax year. */
    private final Required required;

    StatutoryParameter(String key, String unit, String description, Required required) {
        this.key = key;
        this.unit = unit;
        this.description = description;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** Whether every tax year of every jurisdiction in the country must have a figure. */
    public boolean requiredIn(Country country) {
        return required.in(country);
    }

    /** The parameter for a file key, ignoring case and surrounding blanks. */
    public static Optional<StatutoryParameter> fromKey(String key) {
        return Keys.find(values(), StatutoryParameter::key, key);
    }
}
