package org.deban.common;

/**
 * A request that is well formed but cannot be done in the record's present state (a referral past 本人同意 without a
 * consent for its host). {@code problem} names the problem type the frontend translates, e.g. {@code
 * consent-required}; mapped to 409.
 */
public class ConflictException extends RuntimeException {
    private final String problem;

    public ConflictException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
