package io.triad.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a round came out as it did for one participant, from its frozen inputs and its matches. Stability makes the
 * reasons few: a student missed a choice it preferred because that opening did not rank it, had no position, or filled
 * with students it ranked higher (or tied with it and won the lottery); a startup missed a student it ranked because the
 * student did not list the opening, took a choice it listed higher, or the opening filled with students ranked higher.
 */
final class Why {
    enum Code { NOT_RANKED, NO_POSITIONS, FILLED_HIGHER, LOST_LOTTERY, DID_NOT_RANK, CHOSE_HIGHER }

    /** One reason: about {@code opening} for a student, about {@code student} for a startup. */
    record Reason(String opening, String student, Code code) {
    }

    private final RoundInputs in;
    private final Map<String, Integer> studentIndex = new HashMap<>();
    private final Map<String, RoundInputs.OpeningIn> openings = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, String> matchOf;

    Why(RoundInputs in, List<RoundPlan.Match> matches) {
        this.in = in;
        for (int s = 0; s < in.students().size(); s++) {
            studentIndex.put(in.students().get(s).key(), s);
            lists.put(in.students().get(s).key(), in.students().get(s).openings());
        }
        in.openings().forEach(o -> openings.put(o.key(), o));
        matchOf = new HashMap<>();
        matches.forEach(m -> matchOf.put(m.student(), m.opening()));
    }

    /** Each opening the student listed above the one it got (all of them when unmatched). */
    List<Reason> forStudent(String student) {
        List<Reason> out = new ArrayList<>();
        for (String o : lists.getOrDefault(student, List.of())) {
            if (o.equals(matchOf.get(student))) {
                break;
            }
            out.add(new Reason(o, student, missed(o, student)));
        }
        return out;
    }

    /** Each student the opening ranked who did not come to it. */
    List<Reason> forOpening(String opening) {
        RoundInputs.OpeningIn o = openings.get(opening);
        List<Reason> out = new ArrayList<>();
        if (o == null) {
            return out;
        }
        for (List<String> tier : o.tiers()) {
            for (String student : tier) {
                if (opening.equals(matchOf.get(student))) {
                    continue;
                }
                List<String> list = lists.getOrDefault(student, List.of());
                int mine = list.indexOf(opening);
                String got = matchOf.get(student);
                Code code = mine < 0 ? Code.DID_NOT_RANK
                        : got != null && list.indexOf(got) < mine ? Code.CHOSE_HIGHER : missed(opening, student);
                out.add(new Reason(opening, student, code));
            }
        }
        return out;
    }

    /** Why the opening did not take a student who wanted it (stability leaves only these). */
    private Code missed(String opening, String student) {
        RoundInputs.OpeningIn o = openings.get(opening);
        if (o == null || o.capacity() == 0) {
            return Code.NO_POSITIONS;
        }
        long mine = priority(o, student);
        if (mine < 0) {
            return Code.NOT_RANKED;
        }
        boolean tied = matchOf.entrySet().stream().filter(e -> e.getValue().equals(opening))
                .anyMatch(e -> Lottery.tier(priority(o, e.getKey())) == Lottery.tier(mine));
        return tied ? Code.LOST_LOTTERY : Code.FILLED_HIGHER;
    }

    private long priority(RoundInputs.OpeningIn o, String student) {
        Integer s = studentIndex.get(student);
        for (int t = 0; t < o.tiers().size(); t++) {
            if (s != null && o.tiers().get(t).contains(student)) {
                return Lottery.priority(in.seed(), t, s);
            }
        }
        return -1;
    }
}
