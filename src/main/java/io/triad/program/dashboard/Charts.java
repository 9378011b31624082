package io.triad.program.dashboard;

import io.triad.web.OperationsFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Horizontal bar charts drawn as SVG by the dashboard template: geometry in the units of a 640-wide viewBox, labels
 * already written in the page's language, and every category in a table for screen readers.
 */
final class Charts {
    static final int LABEL_END = 222;
    static final int BAR_START = 230;
    static final int BAR_MAX = 330;
    static final int ROW = 34;
    static final int BAR_HEIGHT = 26;
    /** Bars drawn; further categories are summed in one "other" bar (the table lists them all). */
    static final int MAX_BARS = 12;
    /** Characters of a label line: at the labels' 18 units a character is about 10 wide, so 18 fit the 222 units. */
    private static final int LINE = 18;
    /** A line longer than this (one long word) is drawn compressed to the labels' width rather than cut. */
    private static final int SQUEEZE = 20;
    private static final int LINE_HEIGHT = 20;

    private Charts() {
    }

    /** One category and its count. */
    record Entry(String label, long value) {
    }

    /** A drawn bar: {@code y} is its top, {@code textY} the baseline of its value; its label in as many lines as needed. */
    record Bar(List<Line> lines, String value, int y, int textY, int width, int valueX) {
    }

    /** One line of a bar's label at baseline {@code y}; {@code squeeze}: drawn compressed to the labels' width. */
    record Line(String text, int y, boolean squeeze) {
    }

    /** A table row: the full label and the number. */
    record Row(String label, String value) {
    }

    record Chart(String id, String title, String description, String labelHeader, String valueHeader,
            List<Bar> bars, List<Row> rows, int height, int labelEnd, int barStart, int barHeight) {

        /** The width a squeezed label line is drawn at. */
        public int labelRoom() {
            return labelEnd - 4;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** Categories ranked by count (ties by label); {@code note} ends the description (may be empty). */
    static Chart ranked(String id, String title, String labelHeader, String valueHeader, List<Entry> entries,
            String note, DashboardMessages m, Locale locale) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::value, Comparator.reverseOrder())
                .thenComparing(Entry::label)).toList();
        List<Entry> drawn = sorted;
        if (sorted.size() > MAX_BARS) {
            long rest = sorted.subList(MAX_BARS - 1, sorted.size()).stream().mapToLong(Entry::value).sum();
            drawn = new ArrayList<>(sorted.subList(0, MAX_BARS - 1));
            drawn.add(new Entry(m.chart_other(OperationsFormats.count(sorted.size() - MAX_BARS + 1L, locale)), rest));
        }
        String description = sorted.isEmpty() ? m.chart_empty() : m.chart_desc_ranked(
                OperationsFormats.count(sorted.size(), locale), sorted.get(0).label(),
                OperationsFormats.count(sorted.get(0).value(), locale)) + note;
        return chart(id, title, description, labelHeader, valueHeader, drawn, sorted, locale);
    }

    /** Categories in the given order (a histogram's bins). */
    static Chart ordered(String id, String title, String description, String labelHeader, String valueHeader,
            List<Entry> entries, Locale locale) {
        return chart(id, title, description, labelHeader, valueHeader, entries, entries, locale);
    }

    private static Chart chart(String id, String title, String description, String labelHeader, String valueHeader,
            List<Entry> drawn, List<Entry> all, Locale locale) {
        long max = drawn.stream().mapToLong(Entry::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (Entry e : drawn) {
            int width = max == 0 ? 0 : (int) Math.max(e.value() > 0 ? 2 : 0, Math.round(BAR_MAX * (double) e.value() / max));
            List<String> words = wrap(e.label());
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                lines.add(new Line(words.get(i), y + 19 + i * LINE_HEIGHT, words.get(i).length() > SQUEEZE));
            }
            bars.add(new Bar(lines, OperationsFormats.count(e.value(), locale), y, y + 19, width, BAR_START + width + 6));
            y += ROW + (lines.size() - 1) * LINE_HEIGHT;
        }
        List<Row> rows = all.stream().map(e -> new Row(e.label(), OperationsFormats.count(e.value(), locale))).toList();
        return new Chart(id, title, description, labelHeader, valueHeader, bars, rows, y + 8, LABEL_END, BAR_START,
                BAR_HEIGHT);
    }

    /** The label in lines of at most {@link #LINE} characters, broken after spaces and hyphens; never cut short. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : label.split("(?<=[ \\-])")) {
            if (line.length() > 0 && line.length() + piece.stripTrailing().length() > LINE) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (!line.toString().isBlank() || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /**
     * Equal-width bins covering every amount, from a multiple of the step at or below the smallest: a step of 1, 2,
     * 2.5 or 5 times a power of ten, at least a sixth of the spread, giving at most 7 bins. Bin {@code i} holds {@code start + i*step <= v <
     * start + (i+1)*step}.
     */
    record Bins(BigDecimal start, BigDecimal step, long[] counts) {
    }

    static Bins bins(Map<BigDecimal, Long> amounts) {
        BigDecimal min = amounts.keySet().stream().min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal max = amounts.keySet().stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal spread = max.compareTo(min) > 0 ? max.subtract(min) : max;
        BigDecimal step = niceStep(spread.divide(BigDecimal.valueOf(6), 2, RoundingMode.UP));
        BigDecimal start = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        int n = max.subtract(start).divide(step, 0, RoundingMode.FLOOR).intValue() + 1;
        long[] counts = new long[n];
        amounts.forEach((value, count) ->
                counts[Math.min(n - 1, value.subtract(start).divide(step, 0, RoundingMode.FLOOR).intValue())] += count);
        return new Bins(start, step, counts);
    }

    /** How many placements the amounts cover. */
    static long total(Map<BigDecimal, Long> amounts) {
        return amounts.values().stream().mapToLong(Long::longValue).sum();
    }

    static BigDecimal niceStep(BigDecimal raw) {
        if (raw.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal step = power.multiply(new BigDecimal(factor));
            if (step.compareTo(raw) >= 0) {
                return step.max(BigDecimal.ONE);
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
