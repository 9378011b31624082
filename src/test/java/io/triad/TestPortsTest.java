package io.triad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ports for test processes: never twice, never one the kernel could give as "any port", free when given. */
class TestPortsTest {
    @Test
    void distinctFreePortsOutsideTheAnyPortRange() throws IOException {
        int[] range = TestPorts.anyPortRange();
        int low = range[0];
        int high = range[1];
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int port = TestPorts.free();
            assertThat(port < low || port > high).as("%d outside %d-%d", port, low, high).isTrue();
            assertThat(ports.add(port)).as("given once: %d", port).isTrue();
            try (ServerSocket socket = new ServerSocket(port)) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
        try (ServerSocket any = new ServerSocket(0)) { // the range read is the kernel's
            assertThat(any.getLocalPort()).as("the kernel's any port").isBetween(low, high);
        }
    }
}
