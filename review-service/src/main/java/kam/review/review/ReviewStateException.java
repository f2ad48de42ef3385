package kam.review.review;

/** A change the meeting's status does not allow: an outcome for a cancelled meeting, a move of a held one. */
public class ReviewStateException extends RuntimeException {
    public ReviewStateException(String message) {
        super(message);
    }
}
