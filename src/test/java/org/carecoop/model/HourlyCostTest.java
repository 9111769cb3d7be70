package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published UKHCA minimum price build-ups (../shared/DOMAIN.md, section 1) from their
 * stated inputs. Each published line is rounded to the penny, so each is checked to within a penny.
 */
class HourlyCostTest {
    private static final Offset<Double> PENNY = within(0.0051);

    /**
     * UKHCA 2014 (NMW 6.31), communitycare.co.uk 2014-02-04: pay 6.31, travel 1.20, employer NI 0.71
     * (9.5%), holiday 0.81, training 0.13, pension 0.08, mileage 1.40, business 4.10 (27% of price),
     * profit 0.46 (3% of price), total 15.19.
     */
    @Test
    void reproducesUkhca2014() {
        double wage = 6.31;
        double travelHours = 1.20 / 6.31;          // derived: travel pay as a share of contact pay (11.4 minutes)
        double pay = 6.31 + 1.20;                  // the HCA's base for on-costs: contact and travel pay, 7.51
        HourlyCost.BuildUp b = HourlyCost.of(HourlyCost.Inputs.hcaRates(wage, travelHours, 1.40,
                0.095,                             // employer NI 9.5% (stated)
                0.01,                              // pension: the 1% auto-enrolment employer minimum of 2014
                0.1077,                            // holiday 10.77% = 5.6 / 52 (the low end of the UKHCA range)
                0.13 / pay,                        // training 0.13 (1.7% of pay, derived)
                0,                                 // no sickness line in the 2014 build-up
                0.27, 0.03));                      // business 27% and profit 3% of price (stated)

        assertThat(b.line("contact_pay")).isCloseTo(6.31, PENNY);
        assertThat(b.line("travel_pay")).isCloseTo(1.20, PENNY);
        assertThat(b.line("employer_ni")).isCloseTo(0.71, PENNY);      // 7.51 x 9.5% = 0.713
        assertThat(b.line("holiday_pay")).isCloseTo(0.81, PENNY);      // 7.51 x 10.77% = 0.809
        assertThat(b.line("other_paid_time")).isCloseTo(0.13, PENNY);
        assertThat(b.line("pension")).isCloseTo(0.08, PENNY);          // 7.51 x 1% = 0.075
        assertThat(b.line("mileage")).isCloseTo(1.40, PENNY);
        // care worker costs 10.64 (sum of the lines above, unrounded 10.637); price = 10.637 / (1 - 0.27 - 0.03) = 15.196
        assertThat(b.careWorkerCost()).isCloseTo(10.637, within(0.001));
        assertThat(b.price()).isCloseTo(15.196, within(0.001));
        assertThat(b.line("business_costs")).isCloseTo(4.10, PENNY);   // 15.196 x 27% = 4.103
        assertThat(b.line("surplus")).isCloseTo(0.46, PENNY);          // 15.196 x 3% = 0.456
        // the published total 15.19 is the sum of the rounded lines less a penny of rounding
        assertThat(b.price()).isCloseTo(15.19, within(0.011));
    }

    /**
     * UKHCA Minimum Price April 2020 to March 2021 (NLW 8.72): contact 8.72, travel 1.70, employer NI
     * and pension 1.14, other wage on-costs (holiday, training, sickness) 1.97, mileage 1.36, running
     * the business 5.20, surplus 0.60, total 20.69 (thecareruk.com).
     */
    @Test
    void reproducesUkhca2020() {
        double wage = 8.72;
        double travelHours = 11.7 / 60;            // 11.7 paid travel minutes per contact hour (derived in DOMAIN.md)
        double pay = wage * (1 + travelHours);     // 8.72 + 1.70 = 10.42
        double holiday = 0.1207;                   // 12.07% of hours worked
        HourlyCost.BuildUp b = HourlyCost.of(HourlyCost.Inputs.hcaRates(wage, travelHours, 1.36,
                1.14 / pay, 0,                     // NI and pension together 1.14 (10.9% of pay, derived)
                holiday, 1.97 / pay - holiday, 0,  // other on-costs 1.97 in all: 12.07% holiday, the rest training and sickness
                5.20 / 20.69, 0.60 / 20.69));      // business and surplus as shares of the published price (derived)

        assertThat(b.line("contact_pay")).isCloseTo(8.72, PENNY);
        assertThat(b.line("travel_pay")).isCloseTo(1.70, PENNY);        // 8.72 x 11.7 / 60 = 1.7004
        assertThat(b.line("employer_ni") + b.line("pension")).isCloseTo(1.14, PENNY);
        assertThat(b.line("holiday_pay") + b.line("other_paid_time") + b.line("sick_pay")).isCloseTo(1.97, PENNY);
        assertThat(b.line("mileage")).isCloseTo(1.36, PENNY);
        // care worker costs 8.72 + 1.70 + 1.14 + 1.97 + 1.36 = 14.89; price 14.89 / (1 - 0.2513 - 0.0290) = 20.69
        assertThat(b.careWorkerCost()).isCloseTo(14.89, PENNY);
        assertThat(b.line("business_costs")).isCloseTo(5.20, PENNY);
        assertThat(b.line("surplus")).isCloseTo(0.60, PENNY);
        assertThat(b.price()).isCloseTo(20.69, PENNY);
    }

    @Test
    void bottomUpBusinessCostsAddToThePriceBeforeTheSurplusShare() {
        // care 20.00 + business 5.00 per hour, surplus 3% of price: price = 25 / 0.97 = 25.7732
        HourlyCost.BuildUp b = HourlyCost.of(new HourlyCost.Inputs(12, 2, 1, 1.5, 0.5, 1.9, 0.4, 0.7, 5, 0, 0, 0.03));
        assertThat(b.careWorkerCost()).isCloseTo(20.0, within(1e-9));
        assertThat(b.price()).isCloseTo(25 / 0.97, within(1e-9));
        assertThat(b.surplus()).isCloseTo(25 / 0.97 * 0.03, within(1e-9));
        assertThat(b.lines().stream().mapToDouble(HourlyCost.CostLine::perHour).sum()).isCloseTo(b.price(), within(1e-9));
    }

    @Test
    void refusesSharesThatLeaveNothingForCare() {
        assertThatThrownBy(() -> new HourlyCost.Inputs(12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
