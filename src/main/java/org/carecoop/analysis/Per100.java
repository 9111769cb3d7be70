package org.carecoop.analysis;

import org.carecoop.model.Line;
import org.carecoop.model.Projection;

/**
 * Where each 100 of income goes over the plan (fee income and grants together), in the categories
 * councils and unions ask about. The categories add up to exactly 100: what is not spent, paid out
 * or taxed is retained (or, when negative, the losses the organisation has had to absorb). A plan
 * with no income has undefined (NaN) shares.
 */
public record Per100(double frontlinePay, double travelAndMileage, double onCosts, double managementAndOffice,
                     double overheads, double interest, double tax, double paidToOwners, double returnedToWorkers,
                     double retained) {

    public static Per100 of(Projection p) {
        double income = sum(p, Line.INCOME) + sum(p, Line.GRANT_INCOME);
        // with no income there is nothing to divide: every share is undefined (reports show n/a)
        double scale = income > 0 ? 100 / income : Double.NaN;
        double frontline = sum(p, Line.CONTACT_PAY) + sum(p, Line.WAITING_PAY) + sum(p, Line.TRAINING_PAY)
                + sum(p, Line.IDLE_PAY) + sum(p, Line.HOLIDAY_PAY) + sum(p, Line.SICK_PAY);
        double travel = sum(p, Line.TRAVEL_PAY) + sum(p, Line.MILEAGE);
        // the Employment Allowance is relief on employer NI, so it lowers the on-costs
        double onCosts = sum(p, Line.CARE_WORKER_NI) + sum(p, Line.CARE_WORKER_PENSION) + sum(p, Line.EMPLOYMENT_ALLOWANCE);
        double office = sum(p, Line.OFFICE_SALARIES) + sum(p, Line.OFFICE_NI) + sum(p, Line.OFFICE_PENSION);
        double overheads = sum(p, Line.OVERHEADS) + sum(p, Line.START_UP_COSTS) + sum(p, Line.RECRUITMENT)
                + sum(p, Line.BAD_DEBT) + sum(p, Line.CENTRAL_RECHARGES);
        double ownersInterest = sum(p, Line.INTEREST_TO_OWNERS);
        double interest = sum(p, Line.INTEREST) - ownersInterest;
        // CHPI's channels of money leaving care: dividends, interest on shareholder loans, management fees
        double owners = sum(p, Line.OWNER_DIVIDEND) + sum(p, Line.MANAGEMENT_FEES) + ownersInterest;
        double workers = sum(p, Line.WORKER_DIVIDEND);
        double retained = sum(p, Line.SURPLUS_AFTER_TAX) - sum(p, Line.WORKER_DIVIDEND) - sum(p, Line.OWNER_DIVIDEND);
        return new Per100(frontline * scale, travel * scale, onCosts * scale, office * scale, overheads * scale,
                interest * scale, sum(p, Line.TAX) * scale, owners * scale, workers * scale, retained * scale);
    }

    public double total() {
        return frontlinePay + travelAndMileage + onCosts + managementAndOffice + overheads + interest + tax
                + paidToOwners + returnedToWorkers + retained;
    }

    private static double sum(Projection p, Line line) {
        return p.get(line).sum();
    }
}
