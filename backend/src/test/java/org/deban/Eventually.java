package org.deban;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (the search indexer) by polling with a generous limit, never by sleeping blind. */
public final class Eventually {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private Eventually() {}

    /** Polls {@code value} until {@code done} holds and returns that value; fails with the last value after the limit. */
    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) throw new AssertionError("still not so after " + LIMIT + ": " + last);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = value.get();
        }
        return last;
    }
}
