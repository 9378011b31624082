package io.triad.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The directory of one process's search indexes: {@code <base>/instance-<pid>-<random>}, readable by its owner only,
 * held by a file lock for as long as the process lives and deleted when it closes. Opening one first deletes the
 * instance directories that no living process holds (the operating system releases a killed process's lock), so
 * several instances may share a base and whatever a crashed one left is gone by the next start. The base lock
 * ({@code <base>/.lock}) makes that sweep and a newcomer's own creation one step, so a sweep never takes a directory
 * that is about to be locked.
 */
public final class IndexHome implements Closeable {
    private static final String PREFIX = "instance-";
    private static final String LOCK = ".lock";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** This process's instance directories, open or closing. */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AtomicInteger next = new AtomicInteger();

    private IndexHome(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * The default base, {@code ~/.triad/index}: the user's own, not the shared temporary directory, where what a
     * killed process left would stay until the machine's clean-up.
     */
    public static Path defaultBase() {
        return Path.of(System.getProperty("user.home"), ".triad", "index");
    }

    /**
     * Creates the base if needed (owner-only), deletes what dead instances left in it and creates this instance's
     * directory. A base that belongs to another user is refused: it would let that user read or replace the index.
     */
    public static IndexHome open(Path base) {
        // One process holds a file lock once: threads of this process take turns here first.
        synchronized (IndexHome.class) {
            try {
                Path real = ownedBase(base);
                try (FileChannel baseLock = FileChannel.open(real.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = baseLock.lock()) {
                    sweep(real);
                    return create(real);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The index directory " + base + " cannot be used", e);
            }
        }
    }

    private static Path ownedBase(Path base) throws IOException {
        if (!Files.exists(base)) {
            Files.createDirectories(base, ownerOnly(base));
        }
        Path real = base.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new IOException(base + " is not a directory");
        }
        // Whatever this process creates is its own: compare the base's owner with a probe's.
        Path probe = Files.createTempFile(real, ".owner-", "", ownerOnly(real));
        try {
            if (!Files.getOwner(probe).equals(Files.getOwner(real, LinkOption.NOFOLLOW_LINKS))) {
                throw new IOException(base + " belongs to another user");
            }
        } finally {
            Files.deleteIfExists(probe);
        }
        return real;
    }

    /**
     * Deletes every instance directory whose lock no living process holds. This process's own are skipped, never
     * probed: closing any channel on a lock file gives up every lock the process holds on it (POSIX), so probing them
     * would let another process's start take them for dead.
     */
    private static void sweep(Path base) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path entry : entries) {
                if (OWN.contains(entry)) {
                    continue;
                }
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || !held(entry.resolve(LOCK))) {
                    stale.add(entry);
                }
            }
        }
        for (Path entry : stale) {
            deleteTree(entry);
        }
    }

    /** Whether a living process (this one included) holds the lock file. */
    private static boolean held(Path lockFile) throws IOException {
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static IndexHome create(Path base) throws IOException {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] suffix = new byte[8];
            random.nextBytes(suffix);
            Path dir = base.resolve(PREFIX + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(suffix));
            try {
                Files.createDirectory(dir, ownerOnly(base));
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            IndexHome home = new IndexHome(dir, channel, channel.lock());
            OWN.add(dir);
            return home;
        }
    }

    /** Owner-only permissions where the file system has POSIX permissions (none elsewhere). */
    private static FileAttribute<?>[] ownerOnly(Path near) {
        return near.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** This instance's directory. */
    public Path directory() {
        return directory;
    }

    /** A new, empty, owner-only directory for one index, inside this instance's directory. */
    Path newIndexDirectory(String name) {
        try {
            return Files.createDirectory(directory.resolve(name + "-" + next.incrementAndGet()), ownerOnly(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes one index's directory (the index is closed). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Deletes this instance's directory, then gives up its lock. */
    @Override
    public void close() {
        try {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    if (!entry.getFileName().toString().equals(LOCK)) {
                        deleteTree(entry);
                    }
                }
            }
            Files.deleteIfExists(directory.resolve(LOCK));
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OWN.remove(directory);
        }
    }
}
