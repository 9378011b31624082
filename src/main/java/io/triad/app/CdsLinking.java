package io.triad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For the build's recording of the class-data-sharing archive only: on JDK 17 a dynamic archive leaves out the classes
 * of an application class loader that were loaded but never linked (about 3,000 of Triad's, Hibernate's among them),
 * so every start loads and verifies those again from the jars. Before the JVM writes the archive at exit, this links
 * every class the recording run loaded, named by its {@code -Xlog:class+load} file. Linking runs no static
 * initializer: it only verifies and prepares.
 */
final class CdsLinking {
    /** The system property naming the class-load log; set by the recording run alone. */
    static final String PROPERTY = "cds.class-load-log";

    private CdsLinking() {
    }

    /** When {@link #PROPERTY} is set: links, at shutdown, the classes of that log that {@code loader} can see. */
    static void atExitIfRecording(ClassLoader loader) {
        String log = System.getProperty(PROPERTY);
        if (log != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> linkLoaded(Path.of(log), loader), "cds-linking"));
        }
    }

    /** Links the classes {@code log} names that {@code loader} finds; returns how many. */
    static int linkLoaded(Path log, ClassLoader loader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int linked = 0;
        for (String line : lines) {
            String name = loadedClass(line);
            if (name != null && link(name, loader)) {
                linked++;
            }
        }
        System.out.printf("[cds] linked %d classes of %d log lines%n", linked, lines.size());
        return linked;
    }

    /** The class a line {@code [0.1s][info][class,load] a.B source: file:...} names, unless the archive held it. */
    private static String loadedClass(String line) {
        int tags = line.indexOf("[class,load] ");
        int source = line.indexOf(" source: ");
        if (tags < 0 || source < 0 || line.startsWith("shared objects file", source + " source: ".length())) {
            return null;
        }
        return line.substring(tags + "[class,load] ".length(), source);
    }

    /** Loads the class without initializing it and links it (reflection on its methods links a class first). */
    private static boolean link(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader).getDeclaredMethods();
            return true;
        } catch (ClassNotFoundException | LinkageError | RuntimeException notLinkable) {
            // hidden classes, other loaders' classes, optional dependencies missing
            return false;
        }
    }
}
