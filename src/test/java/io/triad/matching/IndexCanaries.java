package io.triad.matching;

import io.triad.domain.EquityGroup;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkStatus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Students whose personal and sensitive values are canaries: strings found nowhere else, dates found nowhere else,
 * and every encoding of them the index could use (UTF-8 in either case, UTF-16, and the dates as epoch days,
 * seconds and milliseconds in big- and little-endian and in Lucene's sortable point form).
 */
final class IndexCanaries {
    static final String MARKER = "canary-7f3a";
    /** A value that must be found on disk: proves that a scan reads the files the terms are written to. */
    static final String CONTROL_SKILL = "controlskill7f3a";
    static final LocalDate BIRTH = LocalDate.parse("1987-11-23");
    /**
     * Its epoch day (0x21E7) has no zero byte: 1993-02-17 (0x2100, so 00 00 21 00 as an int) turned up by chance
     * among the zeros of a programs index's file once.
     */
    static final LocalDate BIRTH_2 = LocalDate.parse("1993-10-06");
    static final WorkStatus STATUS = WorkStatus.PROTECTED_PERSON;
    static final List<EquityGroup> GROUPS = List.of(EquityGroup.INDIGENOUS, EquityGroup.PERSON_WITH_DISABILITY);

    private IndexCanaries() {
    }

    static List<StudentDoc> students() {
        StudentDoc base = Docs.student();
        List<StudentDoc> out = new ArrayList<>();
        out.add(student(base, "canary-one", "amara." + MARKER + "@example.org", BIRTH, STATUS, GROUPS));
        out.add(student(base, "canary-two", "bea." + MARKER + "@example.net", BIRTH_2, WorkStatus.INTERNATIONAL,
                List.of(EquityGroup.VISIBLE_MINORITY, EquityGroup.NEWCOMER)));
        return out;
    }

    private static StudentDoc student(StudentDoc t, String key, String email, LocalDate birth, WorkStatus status,
            List<EquityGroup> groups) {
        return new StudentDoc(key, "Zoya Quillfeather " + MARKER, email, t.institution(), t.field(), t.level(),
                t.enrolment(), t.graduationDate(), status, birth, t.region(), List.of("python", CONTROL_SKILL),
                t.interests(), "Builds robots.", t.availableFrom(), t.availableUntil(), t.workModes(), groups, false,
                null, null);
    }

    /** Strings that must not be on disk in any case, by what they are. */
    static Map<String, String> strings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (StudentDoc t : students()) {
            out.put(t.key() + " email", t.email());
            out.put(t.key() + " email's local part", t.email().substring(0, t.email().indexOf('@')));
            out.put(t.key() + " name", t.name());
            out.put(t.key() + " birth date", t.birthDate().toString());
            out.put(t.key() + " birth date, digits only", t.birthDate().toString().replace("-", ""));
            out.put(t.key() + " work status", t.workStatus().name());
            t.groups().forEach(g -> out.put(t.key() + " group " + g, g.name()));
        }
        out.put("the surname", "Quillfeather");
        out.put("the marker", MARKER);
        out.put("the marker without dashes", MARKER.replace("-", ""));
        return out;
    }

    /** Numbers that must not be a point or doc value: each birth date as days, seconds, millis and yyyymmdd. */
    static Map<String, Long> numbers() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (StudentDoc t : students()) {
            LocalDate d = t.birthDate();
            out.put(t.key() + " birth date in epoch days", d.toEpochDay());
            out.put(t.key() + " birth date in epoch seconds", d.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            out.put(t.key() + " birth date in epoch millis", d.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000);
            out.put(t.key() + " birth date as yyyymmdd",
                    (long) d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth());
        }
        return out;
    }

    /** A byte pattern; text patterns are in lower case and match any case of ASCII letters. */
    record Pattern(byte[] bytes, boolean text) {
        static Pattern text(String s, java.nio.charset.Charset charset) {
            return new Pattern(s.toLowerCase(Locale.ROOT).getBytes(charset), true);
        }

        static Pattern binary(byte[] bytes) {
            return new Pattern(bytes, false);
        }

        boolean foundIn(byte[] haystack) {
            outer:
            for (int i = 0; i + bytes.length <= haystack.length; i++) {
                for (int j = 0; j < bytes.length; j++) {
                    byte b = haystack[i + j];
                    if ((text && b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b) != bytes[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /** Every byte pattern of the canaries, by what it is. */
    static Map<String, Pattern> patterns() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        strings().forEach((what, s) -> {
            out.put(what + " (UTF-8)", Pattern.text(s, StandardCharsets.UTF_8));
            out.put(what + " (UTF-16BE)", Pattern.text(s, StandardCharsets.UTF_16BE));
            out.put(what + " (UTF-16LE)", Pattern.text(s, StandardCharsets.UTF_16LE));
        });
        numbers().forEach((what, n) -> {
            if (n == (int) (long) n) {
                int i = (int) (long) n;
                out.put(what + " (int, big-endian)", Pattern.binary(bytes(4, ByteOrder.BIG_ENDIAN, i)));
                out.put(what + " (int, little-endian)", Pattern.binary(bytes(4, ByteOrder.LITTLE_ENDIAN, i)));
                out.put(what + " (int, sortable as in points)",
                        Pattern.binary(bytes(4, ByteOrder.BIG_ENDIAN, i ^ 0x80000000)));
            }
            out.put(what + " (long, big-endian)", Pattern.binary(bytes(8, ByteOrder.BIG_ENDIAN, n)));
            out.put(what + " (long, little-endian)", Pattern.binary(bytes(8, ByteOrder.LITTLE_ENDIAN, n)));
            out.put(what + " (long, sortable as in points)",
                    Pattern.binary(bytes(8, ByteOrder.BIG_ENDIAN, n ^ Long.MIN_VALUE)));
        });
        return out;
    }

    private static byte[] bytes(int size, ByteOrder order, long value) {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(order);
        return (size == 4 ? buffer.putInt((int) value) : buffer.putLong(value)).array();
    }
}
