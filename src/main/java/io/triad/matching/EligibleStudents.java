package io.triad.matching;

import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramDoc.StudentRules;
import io.triad.domain.Regions;
import io.triad.domain.WorkMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A program's students counted segment by segment from {@link StudentFacts}: who passes the student rules against at
 * least one eligible opening (the rules read only the opening's start date, so one bit set per start date), and the
 * fundable placements, each eligible opening's fitting students ({@link FitFilter}) among them, with their amounts.
 * The same rules as {@link StudentRulesCheck} and {@link FundingCalculator#quote}, on ordinals and epoch days.
 */
final class EligibleStudents {
    /**
     * Counts a segment's students (live ones only) among {@code among} fitting each of openings with the same levels,
     * fields and work mode, and those of them in {@code marked} ({@link FitFilter#count}).
     */
    @FunctionalInterface
    interface Fit {
        long[][] count(List<OpeningDoc> sameFit, FixedBitSet among, FixedBitSet marked) throws IOException;
    }

    /** What an opening's fit rules read besides its dates, and the start date when the student rules count to it. */
    private record FitKey(Set<Level> levels, Set<FieldOfStudy> fields, WorkMode workMode, LocalDate start) {
    }

    private final ProgramDoc program;
    private final StudentRules rules;
    private final boolean privileged;
    private final long levels;
    private final long fields;
    private final long enrolment;
    private final long workStatus;
    private final boolean recentGradRule;
    private final boolean ageRule;
    private final int enhancedGroups;
    private final int programHash;
    private final Map<String, Long> byRegion = new TreeMap<>();
    private final Map<BigDecimal, Long> amounts = new TreeMap<>();
    private long eligible;
    private long placements;

    EligibleStudents(ProgramDoc program, boolean privileged) {
        this.program = program;
        this.rules = program.student();
        this.privileged = privileged;
        this.levels = StudentFacts.mask(rules.levels());
        this.fields = StudentFacts.mask(rules.fields());
        this.enrolment = StudentFacts.mask(rules.enrolment());
        this.workStatus = StudentFacts.mask(rules.workStatus());
        this.recentGradRule = rules.recentGradMonths() != null && rules.enrolment() != null
                && rules.enrolment().contains(Enrolment.GRADUATED);
        this.ageRule = rules.minAge() != null || rules.maxAge() != null;
        this.enhancedGroups = FundingCalculator.enhancedGroups(program.funding());
        this.programHash = program.hashCode();
    }

    ProgramDoc program() {
        return program;
    }

    boolean privileged() {
        return privileged;
    }

    /** The program's hash, worked out once ({@link RuleBits} keys on the program). */
    int programHash() {
        return programHash;
    }

    /** Whether the rules count to the opening's start date (recent graduation; age, for a privileged viewer). */
    boolean dated() {
        return recentGradRule || privileged && ageRule;
    }

    long eligible() {
        return eligible;
    }

    Map<String, Long> byRegion() {
        return byRegion;
    }

    long placements() {
        return placements;
    }

    /** Amount values of the fundable placements with a known amount, each with how many placements get it. */
    Map<BigDecimal, Long> amounts() {
        return amounts;
    }

    /** Adds a segment's students, against the program's eligible openings. */
    void add(LeafReader reader, StudentFacts.Segment facts, List<OpeningDoc> openings, Fit fit) throws IOException {
        if (openings.isEmpty()) {
            return;
        }
        FixedBitSet base = base(reader, facts);
        Map<LocalDate, FixedBitSet> byDate = new HashMap<>();
        FixedBitSet any = new FixedBitSet(reader.maxDoc());
        for (OpeningDoc o : openings) {
            byDate.computeIfAbsent(o.startDate(), start -> narrowedTo(facts, base, start));
        }
        byDate.values().forEach(any::or);
        long[] perRegion = new long[facts.regions().size()];
        for (int d = next(any, 0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(any, d + 1)) {
            eligible++;
            perRegion[facts.region()[d]]++;
        }
        for (int r = 0; r < perRegion.length; r++) {
            if (perRegion[r] > 0) {
                byRegion.merge(facts.regions().get(r), perRegion[r], Long::sum);
            }
        }
        FixedBitSet enhanced = enhanced(facts, reader.maxDoc());
        Map<FitKey, List<OpeningDoc>> sameFit = new HashMap<>();
        for (OpeningDoc o : openings) {
            sameFit.computeIfAbsent(fitKey(o), k -> new ArrayList<>()).add(o);
        }
        for (List<OpeningDoc> group : sameFit.values()) {
            long[][] fitting = fit.count(group, byDate.get(group.get(0).startDate()), enhanced);
            for (int i = 0; i < group.size(); i++) {
                long n = fitting[0][i];
                long withEnhanced = fitting[1][i];
                placements += n;
                count(FundingCalculator.placementAmount(program.funding(), group.get(i), false), n - withEnhanced);
                count(FundingCalculator.placementAmount(program.funding(), group.get(i), true), withEnhanced);
            }
        }
    }

    private FitKey fitKey(OpeningDoc o) {
        return new FitKey(o.levels() == null ? Set.of() : Set.copyOf(o.levels()),
                o.fields() == null ? Set.of() : Set.copyOf(o.fields()), o.workMode(), dated() ? o.startDate() : null);
    }

    private void count(Amount amount, long n) {
        if (amount != null && n > 0) {
            amounts.merge(amount.value(), n, Long::sum);
        }
    }

    private static int next(FixedBitSet bits, int from) {
        return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
    }

    /**
     * Every student of a segment, deleted ones included, passing the student rules that do not count to the opening's
     * start date (what {@link RuleBits} keeps; AND it with live-only bits). Without {@link #dated} rules, all of them.
     */
    FixedBitSet passingUndated(StudentFacts.Segment facts, int maxDoc) {
        return base(facts, maxDoc, null);
    }

    /** One segment's students tested one at a time, as {@link #passingUndated} and {@link #narrowedTo} set them. */
    interface SegmentTest {
        boolean passes(int d, LocalDate start);
    }

    SegmentTest test(StudentFacts.Segment f) {
        boolean[] regionOk = regionOk(f);
        boolean dated = dated();
        boolean ages = privileged && ageRule;
        return (d, start) -> passesBase(f, regionOk, d)
                && (!dated || passesDated(f, d, earliestGraduation(start), ages, start));
    }

    /** Live students passing the rules that do not depend on the opening. */
    private FixedBitSet base(LeafReader reader, StudentFacts.Segment f) {
        return base(f, reader.maxDoc(), reader.getLiveDocs());
    }

    /** Students passing the rules that do not depend on the opening, among {@code live} (null: all). */
    private FixedBitSet base(StudentFacts.Segment f, int maxDoc, Bits live) {
        boolean[] regionOk = regionOk(f);
        FixedBitSet base = new FixedBitSet(maxDoc);
        for (int d = 0; d < maxDoc; d++) {
            if ((live == null || live.get(d)) && passesBase(f, regionOk, d)) {
                base.set(d);
            }
        }
        return base;
    }

    private boolean[] regionOk(StudentFacts.Segment f) {
        boolean[] regionOk = new boolean[f.regions().size()];
        for (int r = 0; r < regionOk.length; r++) {
            regionOk[r] = !RuleCheck.restricts(rules.regions()) || Regions.anyMatches(rules.regions(), f.regions().get(r));
        }
        return regionOk;
    }

    private boolean passesBase(StudentFacts.Segment f, boolean[] regionOk, int d) {
        return regionOk[f.region()[d]] && StudentFacts.in(levels, f.level()[d])
                && StudentFacts.in(fields, f.field()[d]) && StudentFacts.in(enrolment, f.enrolment()[d])
                && (!privileged || StudentFacts.in(workStatus, f.workStatus()[d]));
    }

    private int earliestGraduation(LocalDate start) {
        return recentGradRule ? (int) start.minusMonths(rules.recentGradMonths()).toEpochDay() : 0;
    }

    /** The rules counted to the opening's start date: recent graduation, and age. */
    private boolean passesDated(StudentFacts.Segment f, int d, int earliestGraduation, boolean ages, LocalDate start) {
        boolean graduated = f.enrolment()[d] == Enrolment.GRADUATED.ordinal();
        return !(recentGradRule && graduated && (f.graduationDay()[d] == StudentFacts.NO_DAY
                || f.graduationDay()[d] < earliestGraduation) || ages && !ageFits(f.birthDay()[d], start));
    }

    /**
     * {@code base} ({@link #passingUndated}, or live students passing the same rules) narrowed by the rules counted to
     * the opening's start date: recent graduation, and age.
     */
    FixedBitSet narrowedTo(StudentFacts.Segment f, FixedBitSet base, LocalDate start) {
        if (!dated()) {
            return base;
        }
        boolean ages = privileged && ageRule;
        int earliestGraduation = earliestGraduation(start);
        long[] in = base.getBits();
        long[] out = new long[in.length];
        for (int w = 0; w < in.length; w++) {
            for (long word = in[w]; word != 0; word &= word - 1) {
                if (passesDated(f, (w << 6) + Long.numberOfTrailingZeros(word), earliestGraduation, ages, start)) {
                    out[w] |= word & -word;
                }
            }
        }
        return new FixedBitSet(out, base.length());
    }

    private boolean ageFits(int birthDay, LocalDate start) {
        if (birthDay == StudentFacts.NO_DAY) {
            return false;
        }
        int age = Period.between(LocalDate.ofEpochDay(birthDay), start).getYears();
        return (rules.minAge() == null || age >= rules.minAge()) && (rules.maxAge() == null || age <= rules.maxAge());
    }

    /** Whether student {@code d}'s amount is the enhanced one for this viewer (see {@link FundingCalculator#quote}). */
    boolean isEnhanced(StudentFacts.Segment f, int d) {
        return enhancedGroups != 0 && (f.groups()[d] & enhancedGroups) != 0 && (privileged || f.shares()[d]);
    }

    /** Students whose amount is the enhanced one for this viewer (see {@link FundingCalculator#quote}). */
    private FixedBitSet enhanced(StudentFacts.Segment f, int maxDoc) {
        if (enhancedGroups == 0) {
            return null;
        }
        FixedBitSet out = new FixedBitSet(maxDoc);
        for (int d = 0; d < maxDoc; d++) {
            if ((f.groups()[d] & enhancedGroups) != 0 && (privileged || f.shares()[d])) {
                out.set(d);
            }
        }
        return out;
    }
}
