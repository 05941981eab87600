package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Growth rates: {@code 20%/month}, {@code 2x/year}, {@code 10%/week}, {@code 5%/day}, {@code 30%/quarter},
 * also {@code 20% per month}. A percentage p per period multiplies the load by 1 + p/100 each period; {@code Nx}
 * multiplies it by N. The result is normalised to a factor per month, with months of 365.25/12 days.
 */
public final class GrowthRates {
    private static final Pattern RATE = Pattern.compile(
            "(?<n>[^%xX×]+?)\\s*(?<kind>%|[xX×])\\s*(?:/|\\bper\\b|\\ba\\b|\\bevery\\b)\\s*(?<period>[A-Za-z]+)");
    /** Length of each period in months. */
    private static final Map<String, Double> PERIODS = new HashMap<>();

    static {
        period(1 / GrowthRate.DAYS_PER_MONTH, "d", "day");
        period(7 / GrowthRate.DAYS_PER_MONTH, "w", "wk", "week");
        period(1, "mo", "mon", "month");
        period(3, "q", "quarter");
        period(12, "y", "yr", "year");
    }

    private static void period(double months, String... names) {
        for (String name : names) {
            PERIODS.put(name, months);
            PERIODS.put(name + "s", months);
        }
    }

    private GrowthRates() {}

    public static Conversion<GrowthRate> parse(String text) {
        String t = text.strip();
        if (t.length() > 100) return Conversion.refused("not a growth rate");
        Matcher m = RATE.matcher(t);
        if (!m.matches()) return Conversion.refused("not a growth rate");
        Double months = PERIODS.get(m.group("period").toLowerCase(Locale.ROOT));
        if (months == null) return Conversion.refused("'" + m.group("period") + "' is not a period (day, week, month, quarter, year)");
        return Decimals.parse(m.group("n"))
                .map(n -> factor(n, m.group("kind").equals("%")))
                .orElseGet(() -> Conversion.refused("not a growth rate"))
                .then(perPeriod -> monthly(perPeriod, months, t));
    }

    /** What {@link #parse} accepts, as a regular expression for the JSON Schema. */
    static String pattern() {
        return "^\\s*" + Decimals.pattern() + "\\s*(?:%|[xX\u00d7])\\s*(?:/|per|a|every)\\s*(?:" + SchemaPatterns.anyOf(PERIODS.keySet()) + ")\\s*$";
    }

    private static Conversion<Double> factor(BigDecimal n, boolean percent) {
        double value = n.doubleValue();
        return Conversion.of(percent ? 1 + value / 100 : value);
    }

    private static Conversion<GrowthRate> monthly(double perPeriod, double months, String text) {
        if (!(perPeriod > 0) || Double.isInfinite(perPeriod)) {
            return Conversion.refused("a growth rate must leave some load: above -100% or above 0x");
        }
        double monthly = Math.pow(perPeriod, 1 / months);
        if (!(monthly > 0) || Double.isInfinite(monthly)) return Conversion.refused("the growth rate is out of range");
        return Conversion.of(new GrowthRate(monthly, text));
    }
}
