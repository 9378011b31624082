package io.triad.home;

import java.util.List;

/** What the homes show: every value already written in the reader's language. */
final class HomeViews {
    /** API.md Privacy: counts of students shown to founders and administrators cover at least this many. */
    static final int SMALLEST_COUNT = 5;

    private HomeViews() {
    }

    /** The one thing the page suggests doing next: a link and its words. */
    record Step(String href, String label, String why) {
    }

    /** A program with a deadline, its status as a badge. */
    record Deadline(String key, String name, String deadline, String status, String statusLabel) {
    }

    record FounderHome(List<StartupLine> startups, List<Deadline> deadlines, Step next) {
    }

    record StartupLine(String key, String name, List<OpeningLine> openings, String companyPrograms) {
    }

    record OpeningLine(String key, String title, String start, boolean started, String fit, String funded) {
    }

    record StudentHome(boolean hasProfile, List<MatchLine> best, String total, List<Step> missing, long invitations,
            Step next) {
    }

    record MatchLine(String title, String startup, String place, String start, String wage) {
    }

    record AdminHome(List<ProgramLine> programs, long pending, Step next) {
    }

    record ProgramLine(String key, String name, String status, String statusLabel, String deadline, String fundable,
            long pending, boolean draft, boolean placement) {
    }

    record OperatorHome(List<Figure> figures, boolean indexReady, Step next) {
    }

    record Figure(String id, String label, String value) {
    }
}
