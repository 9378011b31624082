package io.triad.matching;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that takes an index directory under the base given as its argument, writes a canary into it, prints the
 * directory and waits for its standard input to close (or to be killed): {@link IndexHomeTest}'s other instance.
 */
final class IndexHolder {
    private IndexHolder() {
    }

    public static void main(String[] args) throws Exception {
        IndexHome home = IndexHome.open(Path.of(args[0]));
        Files.writeString(home.newIndexDirectory("students").resolve("leftover"), IndexCanaries.MARKER,
                StandardCharsets.UTF_8);
        System.out.println(home.directory());
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the parent closes our input or kills us
        }
        home.close();
    }
}
