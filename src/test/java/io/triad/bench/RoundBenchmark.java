package io.triad.bench;

import io.triad.round.FundingOptimizer;
import io.triad.round.Rankings;
import io.triad.round.StableMatching;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The matching round's benchmark: {@code bench.students} students (100,000) each ranking {@code bench.choices} (20) of
 * {@code bench.openings} (10,000) openings, popular openings more often; every opening ranks its applicants in an
 * engine-like order with ties (broken by the seeded lottery); then stage 2 funds the matches from
 * {@code bench.programs} (20) programs whose capacities and budgets bind. Baselines measured in the same run: for stage
 * 1, one pass that only reads every proposal's priority (the floor any algorithm pays); for stage 2, a greedy by amount
 * (its total shows what the optimizer gains). Peak heap is the sum of the heap pools' peaks. Results go to
 * {@code bench.out} as Markdown. Run: {@code nice -n 10 ./mvnw -Pround-bench -DskipTests test}.
 */
public final class RoundBenchmark {
    private RoundBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int students = Integer.getInteger("bench.students", 100_000);
        int openings = Integer.getInteger("bench.openings", 10_000);
        int choices = Integer.getInteger("bench.choices", 20);
        int programs = Integer.getInteger("bench.programs", 20);
        double work = Double.parseDouble(System.getProperty("bench.stage2.work", "1"));
        double wall = Double.parseDouble(System.getProperty("bench.stage2.wall", "120"));
        long seed = Long.getLong("bench.seed", 20261130L);
        SplittableRandom random = new SplittableRandom(seed);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        long t0 = System.nanoTime();
        int[] capacity = new int[openings];
        for (int o = 0; o < openings; o++) {
            capacity[o] = 1 + random.nextInt(5);
        }
        int[][] lists = studentLists(random, students, openings, choices);
        int[][][] tiers = engineTiers(random, lists, openings);
        double generate = seconds(t0);

        long t1 = System.nanoTime();
        StableMatching.Input input = Rankings.build(capacity, lists, tiers, seed);
        double build = seconds(t1);
        long t2 = System.nanoTime();
        long floor = readEveryProposal(input);
        double baseline1 = seconds(t2);
        long t3 = System.nanoTime();
        StableMatching.Result matched = StableMatching.run(input);
        double stage1 = seconds(t3);

        FundingOptimizer.Input funding = fundingInput(random, matched, programs);
        long t4 = System.nanoTime();
        long greedy = greedy(funding);
        double baseline2 = seconds(t4);
        FundingOptimizer.Limits limits = new FundingOptimizer.Limits(work, wall, seed);
        long t5 = System.nanoTime();
        FundingOptimizer.Result solved = FundingOptimizer.solve(funding, limits);
        double stage2 = seconds(t5);
        // the replay: the same input and limits again, in the same process and load, must give the same decisions
        long t6 = System.nanoTime();
        FundingOptimizer.Result again = FundingOptimizer.solve(funding, limits);
        double replay = seconds(t6);
        boolean identical = Arrays.equals(solved.chosen(), again.chosen()) && solved.total() == again.total();

        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        int[] byChoice = new int[choices + 1];
        Arrays.stream(matched.choice()).forEach(c -> byChoice[c]++);
        String load = loadBefore + " / " + Files.readString(Path.of("/proc/loadavg")).trim();
        String report = String.format(Locale.ROOT, """
                # Matching round benchmark, %s

                Command: `nice -n 10 ./mvnw -Pround-bench -DskipTests test` (heap -Xmx%s; seed %d; `-Dbench.stage2.work=… -Dbench.stage2.wall=…`)
                Machine: %d cores, load average before/after `%s`; shared with other builds.

                | step | seconds | baseline (same run) | ratio |
                |---|---|---|---|
                | generate %,d students x %d choices over %,d openings | %.2f | | |
                | build priorities (engine tiers + lottery) | %.2f | | |
                | **stage 1** deferred acceptance (%,d proposals' worth) | **%.2f** | read every proposal once: %.3f s | %.1f |
                | **stage 2** CP-SAT over %,d options, %d programs (work limit %.1f s, wall-clock net %.0f s; the time includes building the model) | **%.2f** | greedy by amount: %.3f s | %.1f |
                | stage 2 again, same input and limits (the replay) | %.2f | | |

                - matched %,d of %,d students (%.1f %%); by choice rank: %s
                - stage 2: total %,d cents, bound %,d, %s; stopped by %s after %.2f s of deterministic work; greedy total %,d cents (optimizer gains %.2f %%)
                - stage 2 again: total %,d cents, stopped by %s after %.2f s of work; **%s**
                - peak heap (sum of heap pools' peaks): **%.2f GiB** (target < 2 GiB)
                - checksum of the proposal pass: %d
                """, Instant.now(), System.getProperty("bench.heap", "2g"), seed,
                Runtime.getRuntime().availableProcessors(), load, students, choices, openings, generate, build,
                (long) students * choices, stage1, baseline1, stage1 / Math.max(baseline1, 1e-9),
                funding.options().size(), programs, work, wall, stage2, baseline2, stage2 / Math.max(baseline2, 1e-9),
                replay, matched.matched(), students, 100.0 * matched.matched() / students, Arrays.toString(byChoice),
                solved.total(), solved.bound(), solved.optimal() ? "proven optimal"
                        : String.format(Locale.ROOT, "gap %.4f %%", solved.gap() * 100), solved.stop(), solved.work(),
                greedy, greedy == 0 ? 0 : 100.0 * (solved.total() - greedy) / greedy, again.total(), again.stop(),
                again.work(), identical ? "identical to the first (same options chosen)" : "DIFFERENT from the first",
                peak / (1024.0 * 1024 * 1024), floor);
        Path out = Path.of(System.getProperty("bench.out", "docs/bench"));
        Files.createDirectories(out);
        Path file = out.resolve("rounds-" + Instant.now().toString().replaceAll("[:.]", "-") + ".md");
        Files.writeString(file, report);
        System.out.println(report);
        System.out.println("written to " + file);
        if (!identical) {
            System.exit(1);
        }
    }

    /** Each student's distinct choices, popular openings (a power law over the index) more often. */
    private static int[][] studentLists(SplittableRandom random, int students, int openings, int choices) {
        int[][] lists = new int[students][];
        for (int s = 0; s < students; s++) {
            int[] list = new int[choices];
            int n = 0;
            while (n < choices) {
                int o = (int) Math.min(openings - 1, Math.floor(openings * Math.pow(random.nextDouble(), 1.6)));
                boolean seen = false;
                for (int i = 0; i < n && !seen; i++) {
                    seen = list[i] == o;
                }
                if (!seen) {
                    list[n++] = o;
                }
            }
            lists[s] = list;
        }
        return lists;
    }

    /** Each opening's applicants in tiers of equal (coarse) score, as the engine's order ties them. */
    private static int[][][] engineTiers(SplittableRandom random, int[][] lists, int openings) {
        List<List<long[]>> applicants = new ArrayList<>(openings);
        for (int o = 0; o < openings; o++) {
            applicants.add(new ArrayList<>());
        }
        for (int s = 0; s < lists.length; s++) {
            for (int o : lists[s]) {
                applicants.get(o).add(new long[] {random.nextInt(50), s});
            }
        }
        int[][][] tiers = new int[openings][][];
        for (int o = 0; o < openings; o++) {
            List<long[]> a = applicants.get(o);
            a.sort((x, y) -> Long.compare(x[0], y[0]));
            List<int[]> t = new ArrayList<>();
            int i = 0;
            while (i < a.size()) {
                int j = i;
                while (j < a.size() && a.get(j)[0] == a.get(i)[0]) {
                    j++;
                }
                t.add(a.subList(i, j).stream().mapToInt(x -> (int) x[1]).toArray());
                i = j;
            }
            tiers[o] = t.toArray(new int[0][]);
            applicants.set(o, null);
        }
        return tiers;
    }

    private static long readEveryProposal(StableMatching.Input input) {
        long sum = 0;
        for (int s = 0; s < input.prefs().length; s++) {
            for (int k = 0; k < input.prefs()[s].length; k++) {
                sum += input.priority()[s][k] ^ input.prefs()[s][k];
            }
        }
        return sum;
    }

    /** Matched placements with wages of 4,000 to 12,000; each eligible for 1 to 4 programs; budgets and caps that bind. */
    private static FundingOptimizer.Input fundingInput(SplittableRandom random, StableMatching.Result matched,
            int programs) {
        List<Integer> placed = new ArrayList<>();
        for (int s = 0; s < matched.opening().length; s++) {
            if (matched.opening()[s] >= 0) {
                placed.add(s);
            }
        }
        long[] wages = new long[placed.size()];
        FundingOptimizer.Program[] program = new FundingOptimizer.Program[programs];
        for (int g = 0; g < programs; g++) {
            program[g] = new FundingOptimizer.Program(placed.size() / programs, 150_000_000L + random.nextInt(100_000_000),
                    g % 3 != 0);
        }
        List<FundingOptimizer.Option> options = new ArrayList<>();
        for (int p = 0; p < wages.length; p++) {
            wages[p] = 400_000 + random.nextInt(800_000);
            int k = 1 + random.nextInt(4);
            for (int g : random.ints(0, programs).distinct().limit(k).sorted().toArray()) {
                options.add(new FundingOptimizer.Option(p, g, 50_000 + random.nextInt(400_000)));
            }
        }
        return new FundingOptimizer.Input(wages, program, options);
    }

    /** The baseline: options by amount, largest first, taken while every bound holds. */
    private static long greedy(FundingOptimizer.Input in) {
        Integer[] order = new Integer[in.options().size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(in.options().get(b).amount(), in.options().get(a).amount()));
        int[] count = new int[in.programs().length];
        long[] spent = new long[in.programs().length];
        long[] received = new long[in.wages().length];
        int[] held = new int[in.wages().length];
        boolean[] exclusive = new boolean[in.wages().length];
        long total = 0;
        for (int i : order) {
            FundingOptimizer.Option o = in.options().get(i);
            FundingOptimizer.Program g = in.programs()[o.program()];
            boolean stack = held[o.placement()] == 0 || (g.stackable() && !exclusive[o.placement()]);
            if (stack && count[o.program()] < g.capacity() && spent[o.program()] + o.amount() <= g.budget()
                    && received[o.placement()] + o.amount() <= in.wages()[o.placement()]) {
                count[o.program()]++;
                spent[o.program()] += o.amount();
                received[o.placement()] += o.amount();
                held[o.placement()]++;
                exclusive[o.placement()] |= !g.stackable();
                total += o.amount();
            }
        }
        return total;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
