package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the index lives (ASVS 5.0 V14.2.4, V14.3: no personal data left behind; V13 configuration): an owner-only
 * directory per process, under a base that a later start wipes of what dead processes left.
 */
class IndexHomeTest {
    @TempDir
    Path base;

    @Test
    @DisplayName("V14.3: a new base and each instance's directory are readable by their owner only")
    void v14_directoriesAreOwnerOnly() throws Exception {
        Path fresh = base.resolve("fresh").resolve("index");
        try (IndexHome home = IndexHome.open(fresh)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.directory())))
                    .isEqualTo("rwx------");
            Path index = home.newIndexDirectory("students");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rwx------");
        }
    }

    @Test
    @DisplayName("V14.3: a clean stop deletes the instance's directory")
    void v14_cleanStopLeavesNothing() throws Exception {
        try (MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON, base)) {
            IndexCanaries.students().forEach(engine::putStudent);
            engine.refreshNow();
            assertThat(instances()).hasSize(1);
        }
        assertThat(instances()).isEmpty();
    }

    @Test
    @DisplayName("V14.3: what a crashed predecessor left is wiped at start")
    void v14_leftoversOfADeadInstanceAreWipedAtStart() throws Exception {
        Path dead = Files.createDirectories(base.resolve("instance-4242-deadbeef").resolve("students-1"));
        Files.writeString(dead.resolve("_0.cfs"), IndexCanaries.MARKER);
        Files.writeString(dead.getParent().resolve(".lock"), "");
        Path lockless = Files.createDirectories(base.resolve("instance-4243-c0ffee"));
        Path unrelated = Files.writeString(base.resolve("notes.txt"), "kept");
        try (IndexHome home = IndexHome.open(base)) {
            assertThat(instances()).containsExactly(home.directory());
            assertThat(dead.getParent()).doesNotExist();
            assertThat(lockless).doesNotExist();
            assertThat(unrelated).as("only instance directories are Triad's to delete").exists();
        }
    }

    @Test
    @DisplayName("V14.3: a living instance's directory is kept; once it is killed, the next start wipes it")
    void v14_livingInstanceIsKeptAndAKilledOneWiped() throws Exception {
        Process other = holder();
        try {
            Path itsDirectory = directoryOf(other);
            try (IndexHome home = IndexHome.open(base)) {
                assertThat(itsDirectory.resolve("students-1").resolve("leftover")).exists();
                assertThat(instances()).containsExactlyInAnyOrder(itsDirectory, home.directory());
            }
            other.destroyForcibly(); // SIGKILL: nothing of the other process's own clean-up runs
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(itsDirectory).as("a killed process leaves its directory").exists();
            try (IndexHome home = IndexHome.open(base)) {
                assertThat(itsDirectory).doesNotExist();
                assertThat(instances()).containsExactly(home.directory());
            }
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    @DisplayName("V14.3: a process with several instances keeps every one's lock: another process's start wipes none")
    void v14_anotherProcessKeepsEveryInstanceOfALivingOne() throws Exception {
        // the second open sweeps the base while the first instance lives
        try (IndexHome one = IndexHome.open(base); IndexHome two = IndexHome.open(base)) {
            Process other = holder();
            try {
                Path itsDirectory = directoryOf(other);
                assertThat(instances()).as("after the other process's start")
                        .containsExactlyInAnyOrder(one.directory(), two.directory(), itsDirectory);
            } finally {
                other.destroyForcibly();
                other.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("V14.3: two instances in one process have directories of their own")
    void instancesOfOneProcessDoNotShare() {
        try (IndexHome one = IndexHome.open(base); IndexHome two = IndexHome.open(base)) {
            assertThat(one.directory()).isNotEqualTo(two.directory());
            assertThat(instances()).containsExactlyInAnyOrder(one.directory(), two.directory());
        }
    }

    @Test
    @DisplayName("V14.3: a base that belongs to another user is refused")
    void v14_refusesABaseOfAnotherUser() throws Exception {
        assumeThat(System.getProperty("user.name")).as("only root can give a directory away").isEqualTo("root");
        Path foreign = Files.createDirectory(base.resolve("foreign"));
        UserPrincipal nobody = foreign.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(foreign, nobody);
        assertThatThrownBy(() -> IndexHome.open(foreign)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot be used").cause().hasMessageContaining("another user");
    }

    private java.util.List<Path> instances() {
        try (var entries = Files.list(base)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("instance-")).toList();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another process holding an instance under the base ({@link IndexHolder}). */
    private Process holder() throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IndexHolder.class.getName(), base.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The directory the holder printed once its instance was open. */
    private static Path directoryOf(Process holder) throws java.io.IOException {
        return Path.of(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine());
    }
}
