package io.triad;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP ports for the Triad processes a test starts. A port the kernel hands out as "any port", given to a process
 * that binds it seconds later, can be taken in between by anything else that asks for any port: an embedded
 * PostgreSQL did so once. These ports come from below the kernel's range for "any port", so only an explicit bind
 * can take them, and one JVM never gets the same port twice.
 */
public final class TestPorts {
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int SPAN = 10_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private TestPorts() {
    }

    /** A port nothing listens on now, outside the kernel's range for "any port", not given before in this JVM. */
    public static int free() {
        int[] range = anyPortRange();
        int from = range[0] - SPAN >= 1024 ? range[0] - SPAN : range[1] + 1;
        int to = Math.min(65_536, from + SPAN);
        for (int tries = 0; tries < 200; tries++) {
            int port = ThreadLocalRandom.current().nextInt(from, to);
            if (GIVEN.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + from + " and " + to);
    }

    /** The kernel's range for "any port": its first and last port. */
    static int[] anyPortRange() {
        try {
            // Files.readString would stop after a byte: a /proc file says it is empty
            String[] bounds = Files.readAllLines(RANGE).get(0).trim().split("\\s+");
            return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {32_768, 60_999}; // Linux's default
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
