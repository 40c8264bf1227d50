package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offline geocoding over the 町丁目 points Deban ships for 稲沢市, however the address is typed. */
@MicronautTest(transactional = false)
class GeocodeApiTest {
    /** 国府宮一丁目 in towns_23220.csv. */
    static final double KONOMIYA_1_LAT = 35.257066;

    static final double KONOMIYA_1_LON = 136.804923;

    @Inject
    @Client("/")
    HttpClient http;

    private Map<String, Object> geocode(String address) {
        ApiClient api = new ApiClient(http);
        return api.ok(api.get("/api/v1/geocode?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "愛知県稲沢市国府宮１丁目５－３",
                "愛知県稲沢市国府宮1丁目5-3",
                "稲沢市国府宮一丁目5番3号",
                "愛知県　稲沢市　国府宮 １丁目 ５番地の３",
                "稲沢市国府宮1-5-3 コーポ国府宮101"
            })
    @SuppressWarnings("unchecked")
    void fullAndHalfWidthKanjiAndArabicNumeralsAllFindTheSameChome(String address) {
        Map<String, Object> result = geocode(address);
        assertThat(result)
                .containsEntry("level", "CHOME")
                .containsEntry("town", "国府宮一丁目")
                .containsEntry("cityCode", "23220");
        Map<String, Number> location = (Map<String, Number>) result.get("location");
        assertThat(location.get("lat").doubleValue()).isEqualTo(KONOMIYA_1_LAT);
        assertThat(location.get("lon").doubleValue()).isEqualTo(KONOMIYA_1_LON);
    }

    @Test
    void aKoazaWrittenWithEitherSmallKeIsFound() {
        assertThat(geocode("稲沢市平和町須ケ脇１２３")).containsEntry("level", "CHOME").containsEntry("town", "平和町須ヶ脇");
        assertThat(geocode("稲沢市平和町須ヶ脇123")).containsEntry("level", "CHOME").containsEntry("town", "平和町須ヶ脇");
    }

    @Test
    void aTownWithChomeButNoChomeGivenStopsAtOaza() {
        Map<String, Object> result = geocode("稲沢市池部町99-1");
        assertThat(result.get("level")).isEqualTo("OAZA");
        assertThat(result.get("reason")).isNotNull();
    }

    @Test
    void unknownTownsAndCitiesAreReportedNotGuessed() {
        Map<String, Object> unknownTown = geocode("愛知県稲沢市存在しない町1-2");
        assertThat(unknownTown).containsEntry("level", "MUNICIPALITY").containsEntry("location", null);
        assertThat(unknownTown.get("reason")).isNotNull();
        Map<String, Object> unknownCity = geocode("東京都千代田区丸の内1-1");
        assertThat(unknownCity).containsEntry("level", "NONE").containsEntry("location", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchListsItsFailuresByPosition() {
        ApiClient api = new ApiClient(http);
        Map<String, Object> body =
                api.ok(api.post("/api/v1/geocode", Map.of("addresses", List.of("稲沢市国府宮１丁目", "どこか知らない所", "稲沢市横地町3-2"))));
        assertThat((List<Map<String, Object>>) body.get("results"))
                .extracting(r -> r.get("level"))
                .containsExactly("CHOME", "NONE", "CHOME");
        assertThat((List<Map<String, Object>>) body.get("failures"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("index", 1).containsEntry("address", "どこか知らない所"));
    }

    @Test
    void anEmptyAddressIsABadRequest() {
        ApiClient api = new ApiClient(http);
        var response = api.get("/api/v1/geocode?address=%20");
        assertThat(response.code()).isEqualTo(400);
        assertThat(ApiClient.body(response).toString()).contains("address");
        assertThat(api.post("/api/v1/geocode", Map.of("addresses", List.of())).code())
                .isEqualTo(400);
    }
}
