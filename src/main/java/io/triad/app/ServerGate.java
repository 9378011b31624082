package io.triad.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.net.SocketFactory;

/**
 * The JDBC driver's socket factory ({@code socketFactory} in the URL) while the embedded PostgreSQL starts on another
 * thread: a connection waits until the server accepts connections, or fails with the reason it did not start. Once
 * the server runs, it is a plain socket. pgjdbc instantiates it by name, hence public with a public constructor.
 */
public final class ServerGate extends SocketFactory {
    private static volatile CompletableFuture<?> server = CompletableFuture.completedFuture(null);

    public ServerGate() {
        // for pgjdbc
    }

    static void waitFor(CompletableFuture<?> starting) {
        server = starting;
    }

    private static void open() throws IOException {
        try {
            server.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the embedded PostgreSQL started");
        } catch (ExecutionException e) {
            throw new IOException("The embedded PostgreSQL did not start", e.getCause());
        }
    }

    @Override
    public Socket createSocket() throws IOException {
        open();
        return new Socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        open();
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        open();
        return new Socket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        open();
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        open();
        return new Socket(address, port, localAddress, localPort);
    }
}
