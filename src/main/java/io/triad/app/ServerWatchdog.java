package io.triad.app;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Stops the embedded server when Triad dies without closing it (a SIGKILL, the OOM killer): pg_ctl detaches the
 * server, so nothing else would. A tiny shell waits on a pipe from this JVM; the kernel closes the pipe whatever ends
 * the JVM, and the shell then asks the server for a fast shutdown (open transactions roll back). It signals the
 * process number it was given, never whatever a later server wrote in the directory. A watchdog killed with the JVM
 * leaves the server running; the next start stops it ({@link LeftoverServer}).
 */
final class ServerWatchdog implements AutoCloseable {
    private final Process shell;

    private ServerWatchdog(Process shell) {
        this.shell = shell;
    }

    static ServerWatchdog watch(Path data) {
        Long pid = LeftoverServer.pid(data.resolve("postmaster.pid")).orElse(null);
        if (pid == null) {
            Log.warnf("No postmaster.pid in %s: the embedded PostgreSQL will not stop if Triad is killed", data);
            return new ServerWatchdog(null);
        }
        try {
            // stdin stays a pipe from this JVM: read returns at end of file, when the JVM is gone
            Process shell = new ProcessBuilder("sh", "-c", "read -r _; kill -INT \"$1\" 2>/dev/null", "triad-watchdog",
                    Long.toString(pid)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new ServerWatchdog(shell);
        } catch (IOException e) {
            Log.warnf("No watchdog (%s): the embedded PostgreSQL will not stop if Triad is killed", e.getMessage());
            return new ServerWatchdog(null);
        }
    }

    /** Before an orderly shutdown: the watchdog goes first, so it never signals a server that is already gone. */
    @Override
    public void close() {
        if (shell != null) {
            shell.destroyForcibly();
        }
    }
}
