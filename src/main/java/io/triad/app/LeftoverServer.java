package io.triad.app;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a crashed run leaves in the database directory, cleared before the next start. pg_ctl detaches the server
 * from Triad, so a SIGKILL of the JVM can leave it running (when {@link ServerWatchdog} was killed too); a killed
 * server leaves its {@code postmaster.pid}, whose process number may by now belong to an unrelated process, and then
 * PostgreSQL refuses to start. A server still running is shut down fast (its open transactions roll back), processes
 * of a server that is gone are killed, a stale pid file is removed. Only processes that are PostgreSQL and whose
 * working directory is this data directory are touched, and nothing at all while another live process holds the
 * directory's lock (zonky's {@code epg-lock}): that is a running Triad, not a leftover.
 */
final class LeftoverServer {
    private static final String PID_FILE = "postmaster.pid";
    private static final String LOCK_FILE = "epg-lock";
    private static final Path PROC = Path.of("/proc");
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration KILL = Duration.ofSeconds(15);

    private LeftoverServer() {
    }

    static void clear(Path data) throws IOException {
        if (Files.exists(data.resolve(PID_FILE))) {
            ensureNotInUse(data);
            stopAll(data);
        }
    }

    /** Stops every server process of {@code data} and removes its pid file: also after a start that failed midway. */
    static void stopAll(Path data) throws IOException {
        Path pidFile = data.resolve(PID_FILE);
        Path real = data.toRealPath();
        Optional<ProcessHandle> server = pid(pidFile).flatMap(ProcessHandle::of).filter(p -> serves(p, real));
        if (server.isPresent()) {
            Log.warnf("A PostgreSQL of %s (pid %d) is still running: shutting it down", data, server.get().pid());
            stop(server.get());
        }
        List<ProcessHandle> strays = ProcessHandle.allProcesses().filter(p -> serves(p, real)).toList();
        if (!strays.isEmpty()) {
            Log.warnf("Killing %d PostgreSQL processes of %s whose server is gone", strays.size(), data);
            strays.forEach(ProcessHandle::destroyForcibly);
            strays.forEach(p -> awaitExit(p, KILL));
        }
        if (Files.deleteIfExists(pidFile)) {
            Log.warnf("Removed the stale %s left by a server that is no longer running", pidFile);
        }
    }

    /** The lock is released by the kernel when its holder dies: held means a live Triad owns the directory. */
    private static void ensureNotInUse(Path data) throws IOException {
        Path lockFile = data.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The database directory " + data + " is in use by another running process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The database directory " + data + " is already in use by this process", e);
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown; SIGKILL only if it does not finish in time (recovery then replays the WAL). */
    private static void stop(ProcessHandle server) {
        signal(server, "INT");
        if (!awaitExit(server, SHUTDOWN)) {
            Log.warnf("The PostgreSQL (pid %d) did not shut down within %s: killing it", server.pid(), SHUTDOWN);
            server.destroyForcibly();
            awaitExit(server, KILL);
        }
    }

    /** Java sends only SIGTERM and SIGKILL; where there is no kill command, SIGTERM (a smart shutdown) has to do. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                process.onExit().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // a zombie never completes onExit: alive() decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Alive and not a zombie waiting for a parent that does not reap it (a zombie holds nothing). */
    private static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(process.pid())).resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** A PostgreSQL process whose working directory is {@code data}: the server chdirs there, its children inherit it. */
    static boolean serves(ProcessHandle process, Path data) {
        boolean postgres = process.info().command().map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.startsWith("postgres")).isPresent();
        if (!postgres || !alive(process)) {
            return false;
        }
        if (!Files.isDirectory(PROC)) {
            return process.info().commandLine().filter(line -> line.contains(data.toString())).isPresent();
        }
        try {
            return Files.readSymbolicLink(PROC.resolve(Long.toString(process.pid())).resolve("cwd")).equals(data);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static Optional<Long> pid(Path pidFile) {
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
