package org.deban.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.deban.ApiClient;
import org.deban.Casework;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Organisations and cities bring in the lists they already keep (issue 11): a 子ども食堂一覧 with broken
 * rows keeps every good row and names every bad one; Excel and Shift_JIS files read the same; a dry run
 * writes nothing; undo removes exactly what the import made; nobody imports into another's catalogue.
 */
@MicronautTest(transactional = false)
class ImportScenarioTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient http;

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The list of issue 11: four good rows, four broken ones and one repeat. */
    private static KodomoShokudoList brokenList(String s) {
        return new KodomoShokudoList()
                .row("みんなの食堂" + s, 35.2501, 136.7001, Map.of("開催開始時間", "17時", "開催終了時間", "１９：３０"))
                .row("土曜食堂" + s, 35.2502, 136.7002, Map.of("開催曜日", "第1・3土曜", "開催開始時間", "11:00", "開催終了時間", "13:00"))
                .row("夕方食堂" + s, 35.2503, 136.7003, Map.of("開催開始時間", "夕方"))
                .row("", 35.2504, 136.7004, Map.of())
                .row("気まぐれ食堂" + s, 35.2505, 136.7005, Map.of("開催曜日", "不定期"))
                .row("ロンドン食堂" + s, 51.5, -0.12, Map.of())
                .row("みんなの 食堂" + s, 35.2501, 136.7001, Map.of("住所", "愛知県稲沢市稲府町１"))
                .row("池部食堂" + s, 0, 0, Map.of("緯度", "", "経度", "", "住所", "愛知県稲沢市池部町"))
                .row("三日食堂" + s, 35.2509, 136.7009, Map.of("開催曜日", "月・水・金", "開催開始時間", "10:00", "開催終了時間", "12:00"));
    }

    private HttpResponse<Map<String, Object>> postCsv(ApiClient as, long organization, byte[] body, boolean dryRun) {
        return as.exchange(HttpRequest.POST(
                        "/api/v1/imports?organizationId=" + organization + "&dryRun=" + dryRun + "&fileName=list.csv",
                        body)
                .contentType("text/csv"));
    }

    private static byte[] utf8WithBom(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("errors")).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<String> placeNames(ApiClient as, long organization) {
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) as.ok(as.get("/api/v1/places?size=1000&organizationId=" + organization))
                        .get("items");
        return items.stream().map(p -> (String) p.get("name")).toList();
    }

    @Test
    void childrenDinerListKeepsEveryGoodRowAndReportsEveryBadOneWithRowFieldAndReason() {
        Casework work = Casework.start(http);
        long organization = work.organization("取り込みの会");
        String s = unique("");
        Map<String, Object> done = work.admin.ok(
                postCsv(work.admin, organization, utf8WithBom(brokenList(s).csv()), false));

        assertThat(done).containsEntry("layout", "CHILDREN_DINERS").containsEntry("status", "DONE");
        assertThat(done.get("encoding")).isEqualTo("UTF-8 (BOM)");
        List<Map<String, Object>> rows = rows(done);
        assertThat(rows).extracting(r -> r.get("row")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows)
                .extracting(r -> r.get("status"))
                .containsExactly("OK", "OK", "ERROR", "ERROR", "ERROR", "ERROR", "DUPLICATE", "OK", "OK");
        assertThat(firstError(rows.get(2))).containsEntry("field", "開催開始時間").containsEntry("code", "INVALID_FORMAT");
        assertThat((String) firstError(rows.get(2)).get("message")).contains("夕方");
        assertThat(firstError(rows.get(3))).containsEntry("field", "名称").containsEntry("code", "REQUIRED");
        assertThat(firstError(rows.get(4))).containsEntry("field", "開催曜日");
        assertThat((String) firstError(rows.get(4)).get("message")).contains("不定期");
        assertThat(firstError(rows.get(5))).containsEntry("field", "緯度").containsEntry("code", "OUT_OF_RANGE");
        assertThat(firstError(rows.get(6))).containsEntry("field", "名称").containsEntry("code", "DUPLICATE");
        assertThat((String) firstError(rows.get(6)).get("message")).contains("2 行目");
        assertThat((List<String>) rows.get(7).get("warnings")).anyMatch(w -> w.contains("池部町"));

        assertThat(placeNames(work.admin, organization))
                .containsExactlyInAnyOrder("みんなの食堂" + s, "土曜食堂" + s, "池部食堂" + s, "三日食堂" + s);
        long offer = ((Number) rows.get(1).get("offerId")).longValue();
        Map<String, Object> saturday = work.admin.ok(work.admin.get("/api/v1/offers/" + offer));
        assertThat((String) saturday.get("scheduleText")).contains("第1・第3土曜").contains("11:00");
        long first = ((Number) rows.getFirst().get("offerId")).longValue();
        assertThat((String)
                        work.admin.ok(work.admin.get("/api/v1/offers/" + first)).get("scheduleText"))
                .contains("水曜")
                .contains("17:00")
                .contains("19:30");

        long id = ((Number) done.get("id")).longValue();
        Map<String, Object> record = work.admin.ok(work.admin.get("/api/v1/imports/" + id));
        assertThat(record).containsEntry("rowsTotal", 9).containsEntry("rowsDone", 9);
        assertThat(record.get("counts")).isEqualTo(Map.of("ok", 4, "errors", 4, "duplicates", 1, "warnings", 1));
        assertThat(rows(record)).hasSize(9);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> audit = (List<Map<String, Object>>) work.admin
                .ok(work.admin.get("/api/v1/audit?action=IMPORT&targetType=import&targetId=" + id))
                .get("items");
        assertThat(audit).singleElement().satisfies(e -> assertThat(e).containsEntry("actorLogin", "test-admin"));
    }

    @Test
    void dryRunShowsWhatWouldBeCreatedAndWritesNothing() {
        Casework work = Casework.start(http);
        long organization = work.organization("下見の会");
        Map<String, Object> preview = work.admin.ok(postCsv(
                work.admin, organization, utf8WithBom(brokenList(unique("")).csv()), true));

        assertThat(preview).containsEntry("status", "PREVIEW").containsEntry("id", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> wouldCreate =
                (Map<String, Object>) rows(preview).getFirst().get("wouldCreate");
        assertThat(wouldCreate).containsEntry("kind", "COMMUNITY_DINER").containsEntry("offerType", "PARTICIPATION");
        assertThat((String) wouldCreate.get("schedule")).contains("水曜");
        assertThat(placeNames(work.admin, organization)).isEmpty();
        assertThat((List<?>) work.admin
                        .ok(work.admin.get("/api/v1/imports?organizationId=" + organization))
                        .get("items"))
                .isEmpty();
    }

    @Test
    void shiftJisCsvAsCitiesPublishItReadsTheSame() {
        Casework work = Casework.start(http);
        long organization = work.organization("シフトJISの会");
        String name = unique("髙橋こども食堂①");
        String csv = new KodomoShokudoList().row(name, 35.26, 136.71, Map.of()).csv();
        Map<String, Object> done =
                work.admin.ok(postCsv(work.admin, organization, csv.getBytes(Charset.forName("windows-31j")), false));

        assertThat(done.get("encoding")).isEqualTo("Shift_JIS (CP932)");
        // 髙 exists only in CP932, not in plain Shift_JIS; ① becomes 1 under NFKC like every imported text.
        assertThat(placeNames(work.admin, organization)).containsExactly(name.replace("①", "1"));
    }

    @Test
    void excelPublicFacilityListUploadedAsAFormImports() throws IOException {
        Casework work = Casework.start(http);
        long organization = work.organization("公共施設の会");
        String hall = unique("中央公民館");
        byte[] xlsx = publicFacilities(hall);
        HttpResponse<Map<String, Object>> response = work.admin.exchange(HttpRequest.POST(
                        "/api/v1/imports?organizationId=" + organization,
                        MultipartBody.builder()
                                .addPart("file", "facilities.xlsx", MediaType.of(XLSX), xlsx)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        Map<String, Object> done = work.admin.ok(response);

        assertThat(done).containsEntry("layout", "PUBLIC_FACILITIES").containsEntry("fileName", "facilities.xlsx");
        assertThat(rows(done)).extracting(r -> r.get("status")).containsExactly("OK", "OK");
        long offer = ((Number) rows(done).getFirst().get("offerId")).longValue();
        assertThat((String)
                        work.admin.ok(work.admin.get("/api/v1/offers/" + offer)).get("scheduleText"))
                .contains("9:00")
                .contains("17:00");
        assertThat((List<String>) rows(done).get(1).get("warnings")).anyMatch(w -> w.contains("図書館"));
        assertThat(placeNames(work.admin, organization)).contains(hall);
        HttpResponse<Map<String, Object>> raw = work.admin.exchange(
                HttpRequest.POST("/api/v1/imports?organizationId=" + organization + "&dryRun=true", xlsx)
                        .contentType(XLSX));
        assertThat(rows(work.admin.ok(raw)))
                .extracting(r -> r.get("status"))
                .as("the same sheet sent as the raw body finds both rows already there")
                .containsExactly("DUPLICATE", "DUPLICATE");
    }

    /** A 公共施設一覧 sheet: a hall open on weekdays (its closing time an Excel time cell) and a library. */
    private static byte[] publicFacilities(String hall) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("公共施設一覧");
            List<String> header = List.of(
                    "全国地方公共団体コード",
                    "ID",
                    "地方公共団体名",
                    "名称",
                    "名称_カナ",
                    "種別",
                    "住所",
                    "方書",
                    "緯度",
                    "経度",
                    "電話番号",
                    "利用可能曜日",
                    "開始時間",
                    "終了時間",
                    "利用可能日時特記事項",
                    "URL",
                    "備考");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) top.createCell(i).setCellValue(header.get(i));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("h:mm"));
            Row first = sheet.createRow(1);
            first.createCell(3).setCellValue(hall);
            first.createCell(5).setCellValue("公民館");
            first.createCell(6).setCellValue("愛知県稲沢市稲府町1");
            first.createCell(8).setCellValue(35.2401);
            first.createCell(9).setCellValue(136.7201);
            first.createCell(11).setCellValue("月～金");
            first.createCell(12).setCellValue("9:00");
            first.createCell(13).setCellValue(17.0 / 24);
            first.getCell(13).setCellStyle(time);
            first.createCell(14).setCellValue("年末年始は休館");
            Row second = sheet.createRow(2);
            second.createCell(3).setCellValue(hall + "図書室");
            second.createCell(5).setCellValue("図書館");
            second.createCell(6).setCellValue("愛知県稲沢市稲府町2");
            second.createCell(8).setCellValue(35.2402);
            second.createCell(9).setCellValue(136.7202);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void undoRemovesExactlyWhatTheImportMadeAndKeepsWhatWasEditedSince() {
        Casework work = Casework.start(http);
        long organization = work.organization("取り消しの会");
        String kept = unique("前からある居場所");
        work.admin.ok(work.admin.post("/api/v1/places", Fixtures.place(organization, kept)));
        String s = unique("");
        String csv = new KodomoShokudoList()
                .row("消える食堂" + s, 29.31, 141.01, Map.of())
                .row("残る食堂" + s, 29.32, 141.02, Map.of())
                .row("もう一つ消える食堂" + s, 29.33, 141.03, Map.of())
                .csv();
        Map<String, Object> done = work.admin.ok(postCsv(work.admin, organization, utf8WithBom(csv), false));
        long edited = ((Number) rows(done).get(1).get("placeId")).longValue();
        work.admin.ok(work.admin.post("/api/v1/places/" + edited + "/confirm", Map.of()));
        long removed = ((Number) rows(done).getFirst().get("placeId")).longValue();
        Eventually.until(() -> foundPlaces(work.admin, "消える食堂" + s), ids -> ids.contains(removed));

        long id = ((Number) done.get("id")).longValue();
        Map<String, Object> undo = work.admin.ok(work.admin.exchange(HttpRequest.DELETE("/api/v1/imports/" + id)));

        assertThat(undo).containsEntry("removed", 2);
        assertThat((List<Map<String, Object>>) undo.get("kept"))
                .singleElement()
                .satisfies(k -> assertThat(k).containsEntry("row", 3).containsEntry("placeId", (int) edited));
        assertThat(placeNames(work.admin, organization)).containsExactlyInAnyOrder(kept, "残る食堂" + s);
        assertThat(work.admin.ok(work.admin.get("/api/v1/imports/" + id))).containsEntry("status", "UNDONE");
        Eventually.until(() -> foundPlaces(work.admin, "消える食堂" + s), ids -> !ids.contains(removed));
        assertThat(work.admin
                        .exchange(HttpRequest.DELETE("/api/v1/imports/" + id))
                        .code())
                .isEqualTo(409);
    }

    /** The places search finds for the text near the undo test's rows. */
    @SuppressWarnings("unchecked")
    private static List<Long> foundPlaces(ApiClient as, String text) {
        String q = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        var body = as.ok(as.get("/api/v1/search?q=" + q + "&lat=29.32&lon=141.02&radiusKm=20"));
        return ((List<Map<String, Object>>) body.get("items"))
                .stream().map(i -> ((Number) i.get("placeId")).longValue()).toList();
    }

    @Test
    void anotherOrganisationsMemberCannotImportIntoAnOrganisationNotTheirs() {
        Casework work = Casework.start(http);
        long mine = work.organization("自分の会");
        long theirs = work.organization("よその会");
        ApiClient member = work.member(mine);
        byte[] list = utf8WithBom(new KodomoShokudoList()
                .row(unique("よその食堂"), 35.27, 136.72, Map.of())
                .csv());

        assertThat(postCsv(member, theirs, list, false).code()).isEqualTo(403);
        assertThat(postCsv(member, theirs, list, true).code()).isEqualTo(403);
        assertThat(placeNames(work.admin, theirs)).isEmpty();
        assertThat(postCsv(member, mine, list, false).code()).isEqualTo(200);
        assertThat(placeNames(work.admin, mine)).hasSize(1);
    }

    @Test
    void theTemplateServedByTheApiFilledInImportsWithItsOwnColumns() {
        Casework work = Casework.start(http);
        long organization = work.organization("ひな形の会");
        HttpResponse<byte[]> template =
                http.toBlocking().exchange(HttpRequest.GET("/api/v1/imports/template.csv"), byte[].class);
        String salon = unique("ふれあいサロン");
        String row = salon + ",フレアイサロン,サロン,愛知県稲沢市稲府町3,35.2403,136.7203,0587-00-0000,,"
                + "お茶とおしゃべり,受付ボランティア,ボランティア,第２・第４水曜,10時,12時,はい,55歳以上の方,300,お茶代,55,2,\r\n";
        byte[] filled = (new String(template.body(), StandardCharsets.UTF_8) + row).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> done = work.admin.ok(postCsv(work.admin, organization, filled, false));

        assertThat(done).containsEntry("layout", "DEBAN_TEMPLATE");
        assertThat(rows(done)).extracting(r -> r.get("status")).containsExactly("OK");
        long offer = ((Number) rows(done).getFirst().get("offerId")).longValue();
        Map<String, Object> created = work.admin.ok(work.admin.get("/api/v1/offers/" + offer));
        assertThat(created)
                .containsEntry("title", "受付ボランティア")
                .containsEntry("type", "VOLUNTEER_ROLE")
                .containsEntry("costYen", 300)
                .containsEntry("minAge", 55)
                .containsEntry("capacity", 2);
        assertThat((String) created.get("scheduleText"))
                .contains("第2・第4水曜")
                .contains("10:00")
                .contains("祝日");
        long place = ((Number) rows(done).getFirst().get("placeId")).longValue();
        assertThat(work.admin.ok(work.admin.get("/api/v1/places/" + place))).containsEntry("kind", "SALON");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filesThatAreNoKnownListAreRefusedWithTheReason() {
        Casework work = Casework.start(http);
        long organization = work.organization("読めない会");
        HttpResponse<Map<String, Object>> unknown =
                postCsv(work.admin, organization, "品名,数量\r\nりんご,3\r\n".getBytes(StandardCharsets.UTF_8), true);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        HttpResponse<Map<String, Object>> xls = postCsv(work.admin, organization, oldExcel, true);

        assertThat(unknown.code()).isEqualTo(400);
        assertThat(((List<Map<String, Object>>) ApiClient.body(unknown).get("errors")).getFirst())
                .containsEntry("field", "file")
                .containsEntry("code", "UNKNOWN_LAYOUT");
        assertThat(xls.code()).isEqualTo(400);
        assertThat((String) ((List<Map<String, Object>>) ApiClient.body(xls).get("errors"))
                        .getFirst()
                        .get("message"))
                .contains(".xlsx");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFourHundredRowListImportsInOneGo() {
        Casework work = Casework.start(http);
        long organization = work.organization("四百行の会");
        String s = unique("");
        KodomoShokudoList list = new KodomoShokudoList();
        for (int i = 0; i < 400; i++) {
            // The first three share one point, as rows geocoded to a city centre do.
            boolean shared = i < 3;
            list.row(
                    "食堂" + i + "号" + s,
                    shared ? 33.5 : 33.0 + i * 0.001,
                    shared ? 135.5 : 135.0 + (i % 20) * 0.001,
                    Map.of());
        }
        byte[] file = utf8WithBom(list.csv());
        long started = System.nanoTime();
        work.admin.ok(postCsv(work.admin, organization, file, true));
        long preview = System.nanoTime();
        Map<String, Object> done = work.admin.ok(postCsv(work.admin, organization, file, false));
        long finished = System.nanoTime();
        // Measured for docs/import.md and docs/performance.md; the test asserts what a user sees, not speed.
        System.out.println("400 rows: preview " + (preview - started) / 1_000_000 + " ms, import "
                + (finished - preview) / 1_000_000 + " ms");

        assertThat(done.get("counts")).isEqualTo(Map.of("ok", 400, "errors", 0, "duplicates", 0, "warnings", 3));
        assertThat((List<String>) rows(done).getFirst().get("warnings"))
                .singleElement()
                .satisfies(w -> assertThat(w).contains("3 行が同じ地点").contains("行 2, 3, 4"));
        assertThat(placeNames(work.admin, organization)).hasSize(400);
    }
}
