package kam.scoring.rules;

/** A rule of scoring that an input breaks; {@code field} names the input. */
public class RuleViolation extends RuntimeException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
