package org.deban.interop;

import java.util.List;

/**
 * A list as read from a file: the header row and the data rows, each with its row number as a
 * spreadsheet shows it (the header is row 1, so the first data row is row 2).
 */
record Table(List<String> header, List<Row> rows, String encoding) {

    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
