package io.triad.importing;

import io.triad.domain.validation.DocumentValidator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programs as CSV: one row per program, one column per DATA.md field, named by its path in the program document
 * ({@code employer.maxHeadcount}); {@code opens} and {@code deadline} stand for {@code intake.*}. List cells separate
 * values with {@code |}; an empty cell is "no restriction". Rows become the JSON tree of an import document, so
 * {@link DocumentValidator} checks them exactly as it checks JSON; a cell that does not read as its type is passed on
 * as text for the validator to reject with its usual message.
 */
final class ProgramCsv {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern PROGRAM_PATH = Pattern.compile("^programs\\[(\\d+)]\\.?");

    /** How a cell is read. */
    enum Type { TEXT, LIST, WHOLE_NUMBER, NUMBER, BOOLEAN, DATE }

    /** A documented column: its CSV name, its path in the program document, its type and an example value. */
    record Column(String name, String path, Type type, String example) {
    }

    static final List<Column> COLUMNS = List.of(
            col("key", Type.TEXT, "swpp-example"), col("name", Type.TEXT, "Student Work Placement Program"),
            col("agency", Type.TEXT, "ESDC"), col("regions", Type.LIST, "CA"),
            col("kind", Type.TEXT, "WAGE_SUBSIDY"), col("scope", Type.TEXT, "PLACEMENT"),
            col("summary", Type.TEXT, "Pays part of a student's wages."), col("url", Type.TEXT, "https://example.org/swpp"),
            col("nameFr", Type.TEXT, "Programme de stages pratiques pour étudiants"),
            col("summaryFr", Type.TEXT, "Paie une partie du salaire d'un étudiant."),
            col("status", Type.TEXT, "PUBLISHED"), col("language", Type.TEXT, "en"),
            new Column("opens", "intake.opens", Type.DATE, "2026-04-01"),
            new Column("deadline", "intake.deadline", Type.DATE, "2027-03-31"),
            col("capacity", Type.WHOLE_NUMBER, "500"), col("owner", Type.TEXT, ""),
            col("employer.stages", Type.LIST, "SEED|SERIES_A"), col("employer.minHeadcount", Type.WHOLE_NUMBER, ""),
            col("employer.maxHeadcount", Type.WHOLE_NUMBER, "499"), col("employer.minCompanyAgeYears", Type.WHOLE_NUMBER, ""),
            col("employer.maxCompanyAgeYears", Type.WHOLE_NUMBER, ""), col("employer.regions", Type.LIST, "CA"),
            col("employer.sectors", Type.LIST, ""), col("employer.mustBeIncorporated", Type.BOOLEAN, "true"),
            col("employer.forProfitOnly", Type.BOOLEAN, "true"), col("student.levels", Type.LIST, "COLLEGE|BACHELOR"),
            col("student.fields", Type.LIST, ""), col("student.enrolment", Type.LIST, "ENROLLED_FULL_TIME"),
            col("student.recentGradMonths", Type.WHOLE_NUMBER, ""), col("student.workStatus", Type.LIST, "CITIZEN|PERMANENT_RESIDENT"),
            col("student.minAge", Type.WHOLE_NUMBER, ""), col("student.maxAge", Type.WHOLE_NUMBER, "30"),
            col("student.regions", Type.LIST, ""), col("placement.minWeeks", Type.WHOLE_NUMBER, "8"),
            col("placement.maxWeeks", Type.WHOLE_NUMBER, ""), col("placement.minHoursPerWeek", Type.NUMBER, "30"),
            col("placement.earliestStart", Type.DATE, ""), col("placement.latestStart", Type.DATE, ""),
            col("funding.currency", Type.TEXT, "CAD"), col("funding.wagePercent", Type.NUMBER, "50"),
            col("funding.capPerPlacement", Type.NUMBER, "5000"), col("funding.enhancedWagePercent", Type.NUMBER, "70"),
            col("funding.enhancedCapPerPlacement", Type.NUMBER, "7000"),
            col("funding.enhancedGroups", Type.LIST, "WOMAN_IN_STEM|INDIGENOUS"),
            col("funding.flatPerPlacement", Type.NUMBER, ""), col("funding.maxAmount", Type.NUMBER, ""),
            col("funding.budget", Type.NUMBER, ""), col("funding.stackable", Type.BOOLEAN, ""));

    private static final Map<String, Column> BY_NAME = new HashMap<>();
    private static final Map<String, String> NAME_BY_PATH = new HashMap<>();

    static {
        for (Column c : COLUMNS) {
            BY_NAME.put(c.name(), c);
            NAME_BY_PATH.put(c.path(), c.name());
        }
        BY_NAME.put("intake.opens", BY_NAME.get("opens"));
        BY_NAME.put("intake.deadline", BY_NAME.get("deadline"));
    }

    private ProgramCsv() {
    }

    private static Column col(String name, Type type, String example) {
        return new Column(name, name, type, example);
    }

    /** A problem in a row; {@code column} is empty when it concerns the whole row. */
    record RowError(int row, String column, Violation violation) {
        RowError(int row, String column, ViolationCode code, Object... args) {
            this(row, column, Violation.of(column, code, args));
        }
    }

    /** The import document, and for each of its programs the CSV row it came from; or the errors. */
    record Parsed(ObjectNode document, List<Integer> rows, List<RowError> errors) {
    }

    /** The header and the example row, as a downloadable starting point. */
    static String template() {
        return String.join(",", COLUMNS.stream().map(Column::name).toList()) + "\r\n"
                + String.join(",", COLUMNS.stream().map(c -> quote(c.example())).toList()) + "\r\n";
    }

    static Parsed parse(String text) {
        List<CsvReader.Row> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvReader.CsvException e) {
            return failed(new RowError(e.row(), "", e.code()));
        }
        if (records.isEmpty()) {
            return failed(new RowError(1, "", ViolationCode.CSV_EMPTY));
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        List<RowError> errors = checkHeader(header);
        if (records.size() == 1) {
            errors.add(new RowError(2, "", ViolationCode.CSV_NO_ROWS));
        }
        ObjectNode document = NODES.objectNode();
        ArrayNode programs = document.putArray("programs");
        List<Integer> rows = new ArrayList<>();
        for (CsvReader.Row record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                errors.add(new RowError(record.row(), "", ViolationCode.CSV_FIELD_COUNT, record.fields().size(), header.size()));
            } else if (errors.isEmpty()) {
                programs.add(program(header, record.fields()));
                rows.add(record.row());
            }
        }
        return errors.isEmpty() ? new Parsed(document, rows, List.of()) : new Parsed(null, List.of(), errors);
    }

    private static Parsed failed(RowError error) {
        return new Parsed(null, List.of(), List.of(error));
    }

    private static List<RowError> checkHeader(List<String> header) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Column column = BY_NAME.get(name);
            if (column == null) {
                errors.add(new RowError(1, name, ViolationCode.CSV_UNKNOWN_COLUMN));
            } else if (seen.putIfAbsent(column.path(), i) != null) {
                errors.add(new RowError(1, name, ViolationCode.CSV_COLUMN_TWICE));
            }
        }
        return errors;
    }

    private static ObjectNode program(List<String> header, List<String> cells) {
        ObjectNode program = NODES.objectNode();
        for (int i = 0; i < header.size(); i++) {
            Column column = BY_NAME.get(header.get(i));
            JsonNode value = cell(column.type(), cells.get(i).trim());
            if (value != null) {
                ObjectNode parent = program;
                String[] parts = column.path().split("\\.");
                for (int p = 0; p < parts.length - 1; p++) {
                    parent = parent.has(parts[p]) ? (ObjectNode) parent.get(parts[p]) : parent.putObject(parts[p]);
                }
                parent.set(parts[parts.length - 1], value);
            }
        }
        return program;
    }

    /** The cell as JSON; null for an empty cell (no restriction). */
    static JsonNode cell(Type type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (type) {
            case TEXT, DATE -> NODES.textNode(text);
            case LIST -> list(text);
            case WHOLE_NUMBER -> WHOLE.matcher(text).matches() ? NODES.numberNode(new BigInteger(text)) : NODES.textNode(text);
            case NUMBER -> number(text);
            case BOOLEAN -> "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                    ? NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT))) : NODES.textNode(text);
        };
    }

    private static JsonNode list(String text) {
        List<String> items = Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            return null;
        }
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    /**
     * A validator violation ({@code programs[2].employer.maxHeadcount}) as the row and column it concerns; a program
     * named in its arguments ({@code programs[0].key}, where a duplicate key was first used) is named by its row.
     */
    static RowError toRow(Violation v, List<Integer> rows, IntFunction<String> rowName) {
        List<String> args = v.args().stream().map(a -> {
            Matcher ref = PROGRAM_PATH.matcher(a);
            return ref.find() ? rowName.apply(rowOf(Integer.parseInt(ref.group(1)), rows)) : a;
        }).toList();
        Violation named = new Violation(v.field(), v.code(), args);
        Matcher m = PROGRAM_PATH.matcher(v.field());
        if (!m.find()) {
            return new RowError(0, v.field(), named);
        }
        int row = rowOf(Integer.parseInt(m.group(1)), rows);
        String path = v.field().substring(m.end()).replaceAll("\\[\\d+]$", "");
        return new RowError(row, NAME_BY_PATH.getOrDefault(path, path), named);
    }

    private static int rowOf(int index, List<Integer> rows) {
        return index < rows.size() ? rows.get(index) : index + 2;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
