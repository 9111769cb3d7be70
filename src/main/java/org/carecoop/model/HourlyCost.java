package org.carecoop.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost of one contact hour in the Homecare Association's structure: care worker costs (pay for
 * contact and travel time, mileage, employer NI and pension, holiday, sickness, training and other
 * paid time), then business costs and a surplus, giving the price that covers them. Business costs
 * are money per contact hour (built bottom-up from a plan), a share of the price (the HCA way), or
 * both; the surplus is a share of the price.
 */
public final class HourlyCost {
    private HourlyCost() {}

    /**
     * Each line in money per contact hour, with business costs and surplus as the price requires.
     * {@code employmentAllowance} is the employer's NI relief per contact hour (zero or more), which
     * lowers the price; the HCA's published build-ups leave it out.
     */
    public record Inputs(double contactPay, double travelPay, double mileage, double employerNi, double pension,
                         double holidayPay, double sickPay, double otherPaidTime, double businessPerHour,
                         double employmentAllowance, double businessShareOfPrice, double surplusShareOfPrice) {
        public Inputs {
            if (businessShareOfPrice < 0 || surplusShareOfPrice < 0 || businessShareOfPrice + surplusShareOfPrice >= 1) {
                throw new IllegalArgumentException("business costs and surplus must leave part of the price for care");
            }
        }

        /**
         * The HCA's published method: on-costs as shares of the pay for contact and travel time.
         *
         * @param travelHours travel hours paid per contact hour (travel minutes per visit / visit minutes)
         */
        public static Inputs hcaRates(double wage, double travelHours, double mileage, double niRate, double pensionRate,
                                      double holidayRate, double trainingRate, double sicknessRate,
                                      double businessShare, double surplusShare) {
            double contact = wage;
            double travel = wage * travelHours;
            double pay = contact + travel;
            return new Inputs(contact, travel, mileage, pay * niRate, pay * pensionRate, pay * holidayRate,
                    pay * sicknessRate, pay * trainingRate, 0, 0, businessShare, surplusShare);
        }
    }

    /** One line of the build-up, in money per contact hour. */
    public record CostLine(String key, String label, double perHour, boolean careWorkerCost) {}

    /** The lines, the care worker cost, business costs, surplus, and the price that covers them. */
    public record BuildUp(List<CostLine> lines, double careWorkerCost, double businessCost, double surplus, double price) {
        public BuildUp {
            lines = List.copyOf(lines);
        }

        public double line(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).mapToDouble(CostLine::perHour).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no line " + key));
        }
    }

    public static BuildUp of(Inputs in) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(new CostLine("contact_pay", "Pay for contact time", in.contactPay(), true));
        lines.add(new CostLine("travel_pay", "Pay for travel time", in.travelPay(), true));
        lines.add(new CostLine("mileage", "Mileage", in.mileage(), true));
        lines.add(new CostLine("employer_ni", "Employer National Insurance", in.employerNi(), true));
        lines.add(new CostLine("pension", "Employer pension", in.pension(), true));
        lines.add(new CostLine("holiday_pay", "Holiday pay", in.holidayPay(), true));
        lines.add(new CostLine("sick_pay", "Sick pay", in.sickPay(), true));
        lines.add(new CostLine("other_paid_time", "Training, meetings and other paid time", in.otherPaidTime(), true));
        double careCost = lines.stream().mapToDouble(CostLine::perHour).sum();
        double price = (careCost + in.businessPerHour() - in.employmentAllowance())
                / (1 - in.businessShareOfPrice() - in.surplusShareOfPrice());
        double business = in.businessPerHour() + price * in.businessShareOfPrice();
        double surplus = price * in.surplusShareOfPrice();
        lines.add(new CostLine("business_costs", "Running the business", business, false));
        lines.add(new CostLine("employment_allowance", "Employment Allowance (less employer NI)",
                -in.employmentAllowance(), false));
        lines.add(new CostLine("surplus", "Surplus", surplus, false));
        return new BuildUp(lines, careCost, business, surplus, price);
    }
}
