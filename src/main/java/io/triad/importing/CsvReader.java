package io.triad.importing;

import io.triad.domain.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}). A leading byte-order mark is skipped; blank records are skipped but
 * counted, so row numbers are those a spreadsheet shows.
 */
final class CsvReader {
    private final String s;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int records;

    private CsvReader(String text) {
        this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One record; {@code row} counts records from 1 (the header). */
    record Row(int row, List<String> fields) {
    }

    /** A syntax error, with the row where it is. */
    static final class CsvException extends Exception {
        private final int row;
        private final ViolationCode code;

        CsvException(int row, ViolationCode code) {
            super(code.name(), null, false, false);
            this.row = row;
            this.code = code;
        }

        int row() {
            return row;
        }

        ViolationCode code() {
            return code;
        }
    }

    static List<Row> read(String text) throws CsvException {
        return new CsvReader(text).readAll();
    }

    private List<Row> readAll() throws CsvException {
        int i = 0;
        boolean atFieldStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (atFieldStart && c == '"') {
                i = quoted(i + 1);
                atFieldStart = false;
                continue;
            }
            if (c == ',') {
                endField();
                atFieldStart = true;
            } else if (c == '\r' || c == '\n') {
                endRecord();
                atFieldStart = true;
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 1 : 0;
            } else if (c == '"') {
                throw new CsvException(records + 1, ViolationCode.CSV_STRAY_QUOTE);
            } else {
                field.append(c);
                atFieldStart = false;
            }
            i++;
        }
        endRecord();
        return rows;
    }

    /** Reads a quoted field from {@code start} (after the opening quote); answers the index after the closing one. */
    private int quoted(int start) throws CsvException {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (i + 1 < s.length() && ",\r\n".indexOf(s.charAt(i + 1)) < 0) {
                throw new CsvException(records + 1, ViolationCode.CSV_AFTER_QUOTE);
            } else {
                return i + 1;
            }
        }
        throw new CsvException(records + 1, ViolationCode.CSV_UNCLOSED);
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        endField();
        records++;
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        if (!blank) {
            rows.add(new Row(records, List.copyOf(fields)));
        }
        fields.clear();
    }
}
