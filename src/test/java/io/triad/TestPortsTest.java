package io.triad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ports for test processes: never twice, never one the kernel could give as "any port", free when given. */
class TestPortsTest {
    @Test
    void distinctFreePortsOutsideTheAnyPortRange() throws IOException {
        String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
                .split("\\s+");
        int low = Integer.parseInt(range[0]);
        int high = Integer.parseInt(range[1]);
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int port = TestPorts.free();
            assertThat(port < low || port > high).as("%d outside %d-%d", port, low, high).isTrue();
            assertThat(ports.add(port)).as("given once: %d", port).isTrue();
            try (ServerSocket socket = new ServerSocket(port)) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
        try (ServerSocket any = new ServerSocket(0)) {
            assertThat(any.getLocalPort()).as("the kernel's any port").isBetween(low, high);
        }
    }
}
