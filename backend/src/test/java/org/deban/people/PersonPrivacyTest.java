package org.deban.people;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.BeanContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.deban.ApiClient;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.deban.search.SearchIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Person data appears in no log line, no error response and no search index. A whole journey and a batch of hostile
 * requests carry a marker no other data holds; then the captured log events, the error bodies, and the index (its
 * files' bytes, its terms, its stored fields and doc values) are searched for it. A catalogue word written alongside
 * must be found in the index, so the search of the index is known to work.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPrivacyTest implements TestPropertyProvider {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Lower-case letters only: the same in JSON, URLs and UTF-8, and kept whole by the analysers. */
    final String token = letters(16);

    final String marker = "秘匿" + token;
    /** Sent only in URLs, which are no place for person data, and sought in the error responses. */
    final String urlToken = letters(16);

    final String publicWord = letters(16);
    final Path indexDir = tempDir();
    boolean indexClosed;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    BeanContext context;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("deban.search.index-dir", indexDir.toString());
    }

    @AfterAll
    void removeIndex() throws IOException {
        if (!indexClosed) SearchIndexes.close(context);
        try (Stream<Path> files = Files.walk(indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void personDataReachesNoLogLineNoErrorResponseAndNoSearchIndex() throws IOException {
        PrivacyScenario scenario = new PrivacyScenario(http, json, marker, "秘匿" + urlToken);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger micronaut = (Logger) LoggerFactory.getLogger("io.micronaut");
        Level rootLevel = root.getLevel();
        Level micronautLevel = micronaut.getLevel();
        Appender<ILoggingEvent> console = root.getAppender("STDOUT");
        ThresholdFilter quiet = new ThresholdFilter();
        quiet.setLevel("INFO");
        quiet.start();
        log.start();
        root.addAppender(log);
        // Everything down to DEBUG is captured, more than production logs; the console still shows INFO and up.
        if (console != null) console.addFilter(quiet);
        root.setLevel(Level.DEBUG);
        micronaut.setLevel(Level.DEBUG);
        try {
            long person = scenario.journey();
            scenario.hostileInput(person);
        } finally {
            root.detachAppender(log);
            root.setLevel(rootLevel);
            micronaut.setLevel(micronautLevel);
            if (console != null) console.clearAllFilters();
        }

        assertThat(log.list).as("the scenario was logged at all").isNotEmpty();
        assertThat(log.list.stream().map(PersonPrivacyTest::text).filter(t -> t.contains(token)))
                .as("log events holding person data")
                .isEmpty();
        assertThat(scenario.errorResponses()).as("the scenario met refusals").hasSizeGreaterThan(20);
        assertThat(scenario.errorResponses().stream()
                        .filter(e -> e.body().contains(token) || e.body().contains(urlToken)))
                .as("error responses quoting person data")
                .isEmpty();
        assertThat(scenario.unexpected())
                .as("refusals with another status than expected (a 5xx: input reached the database unchecked)")
                .isEmpty();

        IndexScan scan = indexAfterCatalogueWrite();
        assertThat(scan.filesWith(publicWord))
                .as("a catalogue word is found in the index files")
                .isNotEmpty();
        assertThat(scan.valuesWith(publicWord))
                .as("a catalogue word is found in the index")
                .isNotEmpty();
        assertThat(scan.filesWith(token)).as("index files holding person data").isEmpty();
        assertThat(scan.valuesWith(token))
                .as("indexed terms and stored values holding person data")
                .isEmpty();
    }

    @Test
    void productionLoggingLeavesUnexpectedErrorsToTheProcessorThatWithholdsTheirMessages() throws JoranException {
        LoggerContext production = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(production);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        try {
            assertThat(production
                            .getLogger("io.micronaut.http.server.RouteExecutor")
                            .isErrorEnabled())
                    .as("Micronaut's 'Unexpected error occurred: <message>'")
                    .isFalse();
            assertThat(production
                            .getLogger("org.deban.common.ProblemResponseProcessor")
                            .isErrorEnabled())
                    .isTrue();
        } finally {
            production.stop();
        }
    }

    /**
     * Writes a place with {@link #publicWord}, waits until search finds it (the indexer has applied everything
     * written before), then closes the index as a shutdown does and reads it.
     */
    private IndexScan indexAfterCatalogueWrite() throws IOException {
        ApiClient admin = Staff.admin(http);
        long organization = admin.id(admin.post("/api/v1/organizations", Fixtures.organization("公開の会")));
        admin.ok(admin.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "公開の居場所 " + publicWord, GeoPoint.of(35.25, 136.70), "EXACT")));
        Eventually.until(
                () -> admin.ok(admin.get("/api/v1/search?q=" + publicWord + "&lat=35.25&lon=136.70&radiusKm=5"))
                        .get("total"),
                total -> ((Number) total).longValue() > 0);
        SearchIndexes.close(context);
        indexClosed = true;
        return IndexScan.of(indexDir);
    }

    /** A log event as any appender could write it: message, arguments, and the whole exception chain. */
    private static String text(ILoggingEvent e) {
        String thrown = e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy());
        return e.getLoggerName() + " " + e.getFormattedMessage() + " " + Arrays.toString(e.getArgumentArray()) + " "
                + e.getMDCPropertyMap() + " " + thrown;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append((char) ('a' + RANDOM.nextInt(26)));
        return s.toString();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("deban-privacy-index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
