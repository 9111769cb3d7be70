package org.carecoop.statutory;

import java.util.Locale;
import java.util.Optional;

/**
 * The statutory and published figures the model needs, each with its file key, unit and whether
 * every tax year must have it. Keeping the list here (not just in the CSV) lets the loader catch a
 * missing or misspelt row, and lets code name a figure without a string.
 */
public enum StatutoryParameter {
    NATIONAL_LIVING_WAGE("national_living_wage", "money/hour", "National Living Wage (21 and over)", true),
    YOUTH_RATE_18_20("youth_rate_18_20", "money/hour", "National Minimum Wage, 18 to 20 year old rate", true),
    REAL_LIVING_WAGE("real_living_wage", "money/hour",
            "Real Living Wage, UK outside London (Living Wage Foundation, voluntary)", true),
    LONDON_LIVING_WAGE("london_living_wage", "money/hour",
            "London Living Wage (Living Wage Foundation, voluntary)", true),
    EMPLOYER_NI_RATE("employer_ni_rate", "fraction", "Employer (secondary Class 1) National Insurance rate", true),
    NI_SECONDARY_THRESHOLD("ni_secondary_threshold", "money/year",
            "Employer National Insurance secondary threshold, per employee per year", true),
    EMPLOYMENT_ALLOWANCE("employment_allowance", "money/year",
            "Employment Allowance: employer National Insurance an eligible employer need not pay, per year", true),
    PENSION_EMPLOYER_RATE("pension_employer_rate", "fraction",
            "Auto-enrolment minimum employer pension contribution on qualifying earnings", true),
    PENSION_QUALIFYING_LOWER("pension_qualifying_lower", "money/year",
            "Auto-enrolment qualifying earnings band, lower limit per year", true),
    PENSION_QUALIFYING_UPPER("pension_qualifying_upper", "money/year",
            "Auto-enrolment qualifying earnings band, upper limit per year", true),
    HOLIDAY_ACCRUAL_RATE("holiday_accrual_rate", "fraction",
            "Holiday accrual for irregular hours: 5.6 weeks / 46.4 working weeks of hours worked", true),
    SSP_WEEKLY_RATE("ssp_weekly_rate", "money/week", "Statutory Sick Pay flat weekly rate", true),
    SSP_WAITING_DAYS("ssp_waiting_days", "days", "Statutory Sick Pay unpaid waiting days", true),
    SSP_EARNINGS_CAP_SHARE("ssp_earnings_cap_share", "fraction",
            "Statutory Sick Pay is at most this share of normal weekly earnings (1 = no cap)", true),
    SSP_LOWER_EARNINGS_LIMIT("ssp_lower_earnings_limit", "money/week",
            "Weekly earnings below which no Statutory Sick Pay is due (0 = no limit)", true),
    CORPORATION_TAX_SMALL_RATE("corporation_tax_small_rate", "fraction", "Corporation tax small profits rate", true),
    CORPORATION_TAX_MAIN_RATE("corporation_tax_main_rate", "fraction", "Corporation tax main rate", true),
    CORPORATION_TAX_LOWER_LIMIT("corporation_tax_lower_limit", "money/year",
            "Corporation tax: profits up to this pay the small profits rate", true),
    CORPORATION_TAX_UPPER_LIMIT("corporation_tax_upper_limit", "money/year",
            "Corporation tax: profits above this pay the main rate", true),
    CORPORATION_TAX_MARGINAL_RELIEF_FRACTION("corporation_tax_marginal_relief_fraction", "fraction",
            "Corporation tax marginal relief standard fraction", true),
    MILEAGE_RATE("mileage_rate", "money/mile", "HMRC approved mileage rate, cars and vans, first 10,000 business miles", true),
    MILEAGE_RATE_OVER_10000("mileage_rate_over_10000", "money/mile",
            "HMRC approved mileage rate, cars and vans, business miles over 10,000 a year", true),
    MILEAGE_RATE_THRESHOLD("mileage_rate_threshold", "miles",
            "Business miles a year paid at the higher approved mileage rate", true),
    CARE_SECTOR_PAY_FLOOR("care_sector_pay_floor", "money/hour",
            "Government minimum hourly pay for adult social care workers in commissioned services", false);

    /** The snake_case name used in the CSV and in scenario paths. */
    private final String key;
    /** The unit every row for this parameter must carry. */
    private final String unit;
    /** A one-line explanation for listings and reports. */
    private final String description;
    /** Whether every tax year and nation must have a figure. */
    private final boolean required;

    StatutoryParameter(String key, String unit, String description, boolean required) {
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

    public boolean required() {
        return required;
    }

    /** The parameter for a file key, ignoring case and surrounding blanks. */
    public static Optional<StatutoryParameter> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (StatutoryParameter p : values()) {
            if (p.key.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
