package io.triad.round;

import java.util.ArrayList;
import java.util.List;

/** Horizontal bar charts drawn as SVG on the server (no script), each with the same numbers as a data table. */
final class RoundCharts {
    static final int WIDTH = 400;

    record Bar(String label, String value, int y, int textY, int width, int valueX) {
    }

    record Chart(String id, String title, String description, String labelHeader, String valueHeader, List<Bar> bars,
            int height) {
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** One entry: a label, the number the bar is drawn from, and the number as shown. */
    record Entry(String label, double value, String shown) {
    }

    private RoundCharts() {
    }

    static Chart of(String id, String title, String description, String labelHeader, String valueHeader,
            List<Entry> entries) {
        double max = entries.stream().mapToDouble(Entry::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(WIDTH * e.value() / max);
            bars.add(new Bar(e.label(), e.shown(), 10 + 30 * i, 28 + 30 * i, width, 170 + width + 6));
        }
        return new Chart(id, title, description, labelHeader, valueHeader, bars, 20 + 30 * entries.size());
    }
}
