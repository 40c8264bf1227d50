package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.deban.ApiClient;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index is only a copy: a broken one is rebuilt at start, and ./deban reindex rebuilds one on demand. */
@MicronautTest(transactional = false)
class IndexLifecycleTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aBrokenIndexIsRebuiltFromTheDatabaseAtStartAndAKeptOneResumes(@TempDir Path dir) throws IOException {
        ApiClient api = new ApiClient(http);
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("索引の会")));
        long place = api.id(api.post(
                "/api/v1/places", Fixtures.placeAt(organization, "こわれた索引の居場所", GeoPoint.of(34.2, 137.0), "EXACT")));
        Files.writeString(dir.resolve("segments_7"), "not a Lucene index");
        String path = "/api/v1/search?q=" + SearchApiTest.enc("こわれた索引") + "&lat=34.2&lon=137.0&radiusKm=5";

        try (EmbeddedServer server = start(dir);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            assertThat(Eventually.until(() -> placeIds(new ApiClient(client), path), ids -> !ids.isEmpty()))
                    .contains(place);
        }
        long later = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "こわれた索引のあとの居場所", GeoPoint.of(34.2, 137.001), "EXACT")));
        try (EmbeddedServer server = start(dir);
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            assertThat(Eventually.until(() -> placeIds(new ApiClient(client), path), ids -> ids.size() == 2))
                    .as("the kept index caught up with what was written while it was stopped")
                    .containsExactlyInAnyOrder(place, later);
        }
    }

    @Test
    void reindexBuildsAnIndexHoldingTheCatalogue(@TempDir Path dir) throws IOException {
        ApiClient api = new ApiClient(http);
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("作り直しの会")));
        long place = api.id(api.post(
                "/api/v1/places", Fixtures.placeAt(organization, "作り直しの居場所", GeoPoint.of(34.3, 137.0), "EXACT")));

        assertThat(ReindexCommand.run(new String[] {"--index-dir", dir.toString()}))
                .isZero();

        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(new TermQuery(new Term(SearchFields.KEY, "place:" + place))))
                    .isEqualTo(1);
        }
        assertThat(ReindexCommand.run(new String[] {"--index-dir"})).isEqualTo(2);
    }

    private static EmbeddedServer start(Path dir) {
        return ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "deban.search.index-dir", dir.toString()),
                "test");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> placeIds(ApiClient api, String path) {
        return ((List<Map<String, Object>>) api.ok(api.get(path)).get("items"))
                .stream()
                        .filter(h -> "PLACE".equals(h.get("type")))
                        .map(h -> ((Number) h.get("placeId")).longValue())
                        .toList();
    }
}
