package io.triad.importing;

import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() throws Exception {
        List<CsvReader.Row> rows = CsvReader.read("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(rows.get(1).row()).isEqualTo(2);
    }

    @Test
    void keepsEmptyFieldsAndCountsBlankLinesAsRows() throws Exception {
        List<CsvReader.Row> rows = CsvReader.read("a,b\n\n,\n1,\"\"");
        assertThat(rows).extracting(CsvReader.Row::row).containsExactly(1, 3, 4);
        assertThat(rows.get(1).fields()).containsExactly("", "");
        assertThat(rows.get(2).fields()).containsExactly("1", "");
    }

    @Test
    void rejectsMalformedQuotingWithTheRow() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"open")).isInstanceOfSatisfying(CsvReader.CsvException.class, e -> {
            assertThat(e.code()).isEqualTo(ViolationCode.CSV_UNCLOSED);
            assertThat(e.row()).isEqualTo(2);
        });
        assertThatThrownBy(() -> CsvReader.read("a\nx\"y")).isInstanceOfSatisfying(CsvReader.CsvException.class,
                e -> assertThat(e.code()).isEqualTo(ViolationCode.CSV_STRAY_QUOTE));
        assertThatThrownBy(() -> CsvReader.read("\"a\"b")).isInstanceOfSatisfying(CsvReader.CsvException.class,
                e -> assertThat(e.code()).isEqualTo(ViolationCode.CSV_AFTER_QUOTE));
    }

    @Test
    void cellsBecomeJsonOfTheirColumnTypeOrStayTextForTheValidator() {
        assertThat(ProgramCsv.cell(ProgramCsv.Type.WHOLE_NUMBER, "12").isIntegralNumber()).isTrue();
        assertThat(ProgramCsv.cell(ProgramCsv.Type.WHOLE_NUMBER, "1.5").isTextual()).isTrue();
        assertThat(ProgramCsv.cell(ProgramCsv.Type.NUMBER, "37.5").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(ProgramCsv.cell(ProgramCsv.Type.BOOLEAN, "TRUE").booleanValue()).isTrue();
        assertThat(ProgramCsv.cell(ProgramCsv.Type.BOOLEAN, "yes").isTextual()).isTrue();
        assertThat(ProgramCsv.cell(ProgramCsv.Type.LIST, " A | | B ")).hasSize(2);
        assertThat(ProgramCsv.cell(ProgramCsv.Type.LIST, " | ")).isNull();
        assertThat(ProgramCsv.cell(ProgramCsv.Type.TEXT, "")).isNull();
    }

    @Test
    void violationsOfTheDocumentNameTheirRowAndColumn() {
        List<Integer> rows = List.of(2, 5);
        assertThat(ProgramCsv.toRow(Violation.of("programs[1].intake.opens", ViolationCode.DATE), rows, n -> "row " + n))
                .isEqualTo(new ProgramCsv.RowError(5, "opens", Violation.of("programs[1].intake.opens", ViolationCode.DATE)));
        ProgramCsv.RowError duplicate = ProgramCsv.toRow(Violation.of("programs[1].key", ViolationCode.DUPLICATE_KEY, "a",
                "programs[0].key"), rows, n -> "row " + n);
        assertThat(duplicate.row()).isEqualTo(5);
        assertThat(duplicate.column()).isEqualTo("key");
        assertThat(duplicate.violation().english()).isEqualTo("duplicate key 'a' (first at row 2)");
        assertThat(ProgramCsv.toRow(Violation.of("programs[0].employer.stages[1]", ViolationCode.ONE_OF, "A, B"), rows,
                n -> "row " + n).column()).isEqualTo("employer.stages");
    }
}
