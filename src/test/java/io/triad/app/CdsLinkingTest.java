package io.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsLinkingTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** Named only in the log below: linking it must not run this initializer. */
    static final class LoadedFromAJar {
        static {
            INITIALISED.set(true);
        }

        void used() {
        }
    }

    @Test
    void linksTheClassesLoadedFromJarsWithoutInitialisingThemAndSkipsArchivedOrUnknownOnes(@TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("class-load.log");
        Files.write(log, List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.400s][info][class,load] io.triad.app.Bootstrap source: shared objects file (top)",
                "[0.500s][info][class,load] " + LoadedFromAJar.class.getName() + " source: file:/app/triad.jar",
                "[0.600s][info][class,load] io.triad.app.NoSuchClass source: file:/app/triad.jar",
                "[0.700s][info][class,load] java.lang.invoke.LambdaForm$MH/0x0000000800c0c400 source: "
                        + "__JVM_LookupDefineClass__",
                "[0.800s][info][gc] Using G1"));

        int linked = CdsLinking.linkLoaded(log, CdsLinkingTest.class.getClassLoader());

        assertEquals(1, linked, "only the class loaded from a jar that the loader finds");
        assertFalse(INITIALISED.get(), "linking ran the class's static initializer");
    }
}
