package org.deban.generate;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * {@code deban.jar generate --places N [--seed S]}: the national generator from the command line, on the
 * configured database, without the HTTP server. Flyway still migrates the schema when the data source starts.
 */
public final class GenerateCommand {
    static final int MAX_PLACES = 5_000_000;

    static final String USAGE = """
            usage: ./deban generate --places N [--seed S]

            Writes N invented places (1 to 5,000,000) with their organisations, offers, schedules and
            8 weeks of occurrences, spread over Japan's municipalities, into the configured database.
            The same seed (default 1) on the same database gives the same names and points.""";

    /** What the arguments ask for. */
    record Options(int places, long seed) {}

    private GenerateCommand() {}

    /** Runs the command and returns its exit code: 0 done, 1 failed, 2 bad arguments. */
    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("deban generate: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        if (options == null) {
            System.out.println(USAGE);
            return 0;
        }
        PrintStream err = System.err;
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .deduceEnvironment(false)
                .start()) {
            NationalGenerator.Result r = context.getBean(NationalGenerator.class)
                    .generate(options.places(), options.seed(), line -> err.println("deban generate: " + line));
            err.printf(
                    "deban generate: %,d places, %,d organisations, %,d offers, %,d occurrences in %,d municipalities"
                            + " in %.1f s%n",
                    r.places(),
                    r.organizations(),
                    r.offers(),
                    r.occurrences(),
                    r.municipalities(),
                    r.took().toMillis() / 1000.0);
            return 0;
        } catch (RuntimeException e) {
            err.println("deban generate failed: " + e.getMessage());
            return 1;
        }
    }

    /** The options, or null for {@code --help}; throws with a message for anything else it cannot use. */
    static @Nullable Options parse(String[] args) {
        Integer places = null;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--places" -> places = (int) number(args, ++i, "--places", 1, MAX_PLACES);
                case "--seed" -> seed = number(args, ++i, "--seed", Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (places == null) throw new IllegalArgumentException("--places N is required");
        return new Options(places, seed);
    }

    private static long number(String[] args, int index, String option, long min, long max) {
        if (index >= args.length) throw new IllegalArgumentException(option + " needs a number");
        long value;
        try {
            value = Long.parseLong(args[index].replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + args[index]);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between %,d and %,d".formatted(min, max));
        }
        return value;
    }
}
