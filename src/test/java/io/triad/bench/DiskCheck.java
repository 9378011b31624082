package io.triad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a run the disk cannot hold before anything is generated: at 10 million students the data files, the
 * engine's index (each reindex run writes a new one) and the baseline's database with its COPY files need about
 * 60 GiB. Smaller runs scale down from that (6 KiB per student), with 5 GiB to spare.
 */
final class DiskCheck {
    static final long GIB = 1L << 30;
    private static final long BYTES_PER_STUDENT = 6L * 1024;

    private DiskCheck() {
    }

    static void require(MatchBenchmark.Config cfg) throws IOException {
        int largest = cfg.sizes().stream().mapToInt(Integer::intValue).max().orElse(0);
        long needed = largest >= 10_000_000 ? 60 * GIB : largest * BYTES_PER_STUDENT + 5 * GIB;
        Path dir = cfg.out().toAbsolutePath();
        Files.createDirectories(dir);
        long free = Files.getFileStore(dir).getUsableSpace();
        MatchBenchmark.log("disk: %.1f GiB free under %s, %.1f GiB needed for %,d students", free / (double) GIB, dir,
                needed / (double) GIB, largest);
        if (free < needed) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "Refusing to run: %,d students need about %.1f GiB of free disk under %s, only %.1f GiB is free. "
                            + "Free some space or point bench.out at a larger disk.",
                    largest, needed / (double) GIB, dir, free / (double) GIB));
        }
    }
}
