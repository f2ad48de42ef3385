package kam.review.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days meetings fall on: every interval, on working days, as far ahead as the horizon. */
public final class CadenceDates {
    private CadenceDates() {}

    /**
     * The meeting days after {@code last} (the last one booked, or the day the account entered the cadence) up to
     * {@code until}: every {@code intervalDays}, each counted from the planned day rather than the day a weekend moved
     * it to, so a year's bookings do not drift.
     */
    public static List<LocalDate> between(LocalDate last, LocalDate until, int intervalDays) {
        if (intervalDays <= 0) {
            throw new IllegalArgumentException("the interval must be at least a day");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate planned = last.plusDays(intervalDays);
                !planned.isAfter(until);
                planned = planned.plusDays(intervalDays)) {
            LocalDate day = workingDayFrom(planned);
            if (!day.isAfter(until)) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** The day itself when it is a working day, else the Monday after. */
    public static LocalDate workingDayFrom(LocalDate day) {
        LocalDate working = day;
        while (working.getDayOfWeek() == DayOfWeek.SATURDAY || working.getDayOfWeek() == DayOfWeek.SUNDAY) {
            working = working.plusDays(1);
        }
        return working;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return workingDayFrom(day).equals(day);
    }
}
