package kam.scoring.rules;

import java.util.Comparator;
import java.util.List;

/**
 * The scale a criterion is measured on, with described levels so that raters score alike. Values map linearly onto
 * 0..100: {@code min} is 0, {@code max} is 100; a derived value beyond the scale counts as its end.
 */
public record Scale(double min, double max, List<Level> levels) {

    /** A described point of the scale, such as 4 = "buys from us in most categories". */
    public record Level(double value, String description) {}

    public Scale {
        if (!(max > min)) {
            throw new RuleViolation("scale", "max must be greater than min");
        }
        levels = levels == null
                ? List.of()
                : levels.stream()
                        .sorted(Comparator.comparingDouble(Level::value))
                        .toList();
        for (Level level : levels) {
            if (!contains(min, max, level.value())) {
                throw new RuleViolation("scale.levels", "level " + level.value() + " lies outside " + min + ".." + max);
            }
        }
    }

    public boolean contains(double value) {
        return contains(min, max, value);
    }

    public double normalise(double value) {
        double position = (value - min) / (max - min) * 100;
        return Math.max(0, Math.min(100, position));
    }

    /**
     * One level's width: between two neighbouring described levels, or a quarter of the scale when it describes fewer
     * than two (read as a 5-level scale, as most raters are given).
     */
    public double levelStep() {
        int steps = levels.size() >= 2 ? levels.size() - 1 : 4;
        return (max - min) / steps;
    }

    private static boolean contains(double min, double max, double value) {
        return value >= min && value <= max;
    }
}
