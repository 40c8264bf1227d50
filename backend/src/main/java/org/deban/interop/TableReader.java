package org.deban.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.deban.common.FieldError;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded list: CSV in UTF-8 (with or without BOM) or Shift_JIS/CP932 — what Japanese
 * municipalities publish — or the first sheet of an Excel .xlsx file. Guards against files that are
 * small on the wire and huge inside (zip bombs) and against more rows than an import may hold.
 */
final class TableReader {
    /** More rows than this is not a list of one organisation or city; split it. */
    static final int MAX_ROWS = 20_000;

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // An .xlsx is a zip: refuse entries that inflate more than 100-fold or past 50 MB,
        // whatever the upload size (the body itself is capped by micronaut.server.max-request-size).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private TableReader() {}

    static Table read(byte[] bytes) {
        if (bytes.length == 0) throw problem("EMPTY", "ファイルが空です");
        if (startsWith(bytes, OLE2)) {
            throw problem("UNSUPPORTED_FORMAT", "古い Excel 形式（.xls）は読めません。.xlsx か CSV で保存し直してください");
        }
        List<List<String>> records;
        String encoding;
        if (startsWith(bytes, ZIP)) {
            records = xlsx(bytes);
            encoding = "xlsx";
        } else if (startsWith(bytes, UTF8_BOM)) {
            records = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            encoding = "UTF-8 (BOM)";
        } else {
            String utf8 = strictUtf8(bytes);
            encoding = utf8 == null ? "Shift_JIS (CP932)" : "UTF-8";
            records = Csv.parse(utf8 == null ? new String(bytes, CP932) : utf8);
        }
        return table(records, encoding);
    }

    private static Table table(List<List<String>> records, String encoding) {
        int headerAt = 0;
        while (headerAt < records.size() && records.get(headerAt).stream().allMatch(String::isBlank)) headerAt++;
        if (headerAt == records.size()) throw problem("EMPTY", "見出しの行がありません");
        List<String> header =
                records.get(headerAt).stream().map(JapaneseText::normalise).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < records.size(); i++) {
            Table.Row row = new Table.Row(i + 1, records.get(i));
            if (!row.blank()) rows.add(row);
        }
        if (rows.size() > MAX_ROWS) {
            throw problem("TOO_MANY_ROWS", "1回に取り込めるのは " + MAX_ROWS + " 行までです（" + rows.size() + " 行あります）");
        }
        return new Table(header, rows, encoding);
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 10) {
                throw problem("TOO_MANY_ROWS", "1回に取り込めるのは " + MAX_ROWS + " 行までです");
            }
            DataFormatter format = new DataFormatter(java.util.Locale.JAPAN);
            List<List<String>> records = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                records.add(cells);
            }
            return records;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) throw v;
            // POI's zip-bomb refusal and broken files alike: say what the person can do.
            throw problem("UNREADABLE", "Excel ファイルを読めません（壊れているか、大きすぎます）: " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The text if the bytes are valid UTF-8; null otherwise (then they are CP932). */
    private static @Nullable String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static ValidationException problem(String code, String message) {
        return new ValidationException(List.of(new FieldError("file", code, message)));
    }
}
