package io.triad.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mapper with {@link IsoDates} reads every date as a mapper without it does, and fails where it fails with the same
 * error: every day of two years, one of them leap, the first and last four-digit years, and texts that are not plain
 * dates (days that do not exist, other digits, other shapes, other JSON types); leniently and strictly, and for a
 * property with a pattern of its own.
 */
class IsoDatesTest {
    record Dated(LocalDate day) {
    }

    record Patterned(@JsonFormat(pattern = "dd/MM/yyyy") LocalDate day) {
    }

    record Strict(@JsonFormat(lenient = OptBoolean.FALSE) LocalDate day) {
    }

    @Test
    void readsAsJacksonDoes() {
        List<String> values = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            values.add('"' + d.toString() + '"');
        }
        for (int day = 0; day <= 32; day++) {
            for (int month : new int[] {0, 2, 4, 12, 13}) {
                for (int year : new int[] {1900, 2000, 2027, 2028}) {
                    values.add("\"%04d-%02d-%02d\"".formatted(year, month, day));
                }
            }
        }
        values.addAll(List.of("\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"", "\"-0001-01-01\"",
                "\"2027-1-01\"", "\"2027-01-1\"", "\"2027/01/01\"", "\"2027-01-01T00:00\"", "\"2027-01-01T10:15:30\"",
                "\" 2027-01-01\"", "\"2027-01-01 \"", "\"\"", "\"abcd-ef-gh\"", "\"２０２７-01-01\"", "\"2027-0a-01\"",
                "\"20270101\"", "\"2027-001-01\"", "null", "20270101", "[2027, 1, 1]", "{}", "true", "1.5"));
        values.addAll(List.of("\"31/12/2027\"", "\"29/02/2027\"", "\"01/13/2027\""));
        for (boolean lenient : new boolean[] {true, false}) {
            ObjectMapper jacksons = JsonMapper.builder().findAndAddModules().defaultLeniency(lenient).build();
            ObjectMapper mine = JsonMapper.builder().findAndAddModules().addModule(IsoDates.module())
                    .defaultLeniency(lenient).build();
            for (Class<? extends Record> type : List.of(Dated.class, Patterned.class, Strict.class)) {
                int dates = 0;
                for (String value : values) {
                    String json = "{\"day\": " + value + "}";
                    Object expected = read(jacksons, json, type);
                    assertThat(read(mine, json, type)).as(type.getSimpleName() + " " + json).isEqualTo(expected);
                    dates += expected instanceof LocalDate ? 1 : 0;
                }
                assertThat(dates).as("texts read as dates").isGreaterThan(type == Patterned.class ? 0 : 730);
            }
        }
    }

    /** The date read, or the class and message of the failure. */
    private static Object read(ObjectMapper mapper, String json, Class<? extends Record> type) {
        try {
            Record read = mapper.readValue(json, type);
            return type.getRecordComponents()[0].getAccessor().invoke(read);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
