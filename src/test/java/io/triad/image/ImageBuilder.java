package io.triad.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Builds Triad's OCI image with Jib, without a Docker daemon or a registry: the base is the offline Debian image that
 * src/main/image/base.sh writes (read as a tarball), the layers are Quarkus' fast-jar (libraries, then Quarkus'
 * generated code, then the application, so a code change rebuilds the small layers only), and the result is a tarball.
 * The process runs as user 10001 (no root); only the index directory and /tmp are writable for it, and Kubernetes
 * mounts emptyDir volumes there on a read-only root filesystem. Run by {@code ./mvnw -Pimage package}.
 * Arguments: base.tar quarkus-app-dir out.tar image-name.
 */
public final class ImageBuilder {
    static final String USER = "10001:10001";
    static final String INDEX_DIR = "/var/lib/triad/index";
    /** Triad's JVM options read from their file (src/main/jvm/triad.args, copied into the image), then the jar. */
    static final List<String> ENTRYPOINT = List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "@/deployments/triad.args", "-jar", "/deployments/quarkus-run.jar");
    static final int PORT = 8080;

    private ImageBuilder() {
    }

    public static void main(String... args) throws Exception {
        Path base = Path.of(args[0]);
        Path app = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path cache = out.resolveSibling("jib-cache");
        AbsoluteUnixPath deployments = AbsoluteUnixPath.get("/deployments");
        Path empty = Files.createTempDirectory("triad-image-dir");
        FileEntriesLayer writable = FileEntriesLayer.builder().setName("writable")
                .addEntry(new FileEntry(empty, AbsoluteUnixPath.get("/var/lib/triad"), FilePermissions.fromOctalString("755"),
                        Instant.EPOCH, USER))
                .addEntry(new FileEntry(empty, AbsoluteUnixPath.get(INDEX_DIR), FilePermissions.fromOctalString("700"),
                        Instant.EPOCH, USER))
                .build();
        JibContainer built = Jib.from(TarImage.at(base).named("triad-base:bookworm"))
                .addFileEntriesLayer(layer("libraries", app.resolve("lib"), deployments.resolve("lib")))
                .addFileEntriesLayer(layer("quarkus", app.resolve("quarkus"), deployments.resolve("quarkus")))
                .addFileEntriesLayer(layer("application", app.resolve("app"), deployments.resolve("app")))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("runner")
                        .addEntry(app.resolve("quarkus-run.jar"), deployments.resolve("quarkus-run.jar"))
                        .addEntry(app.resolve("triad.args"), deployments.resolve("triad.args")).build())
                .addFileEntriesLayer(writable)
                .setEntrypoint(ENTRYPOINT)
                .setWorkingDirectory(deployments)
                .setUser(USER)
                .addExposedPort(Port.tcp(PORT))
                .addEnvironmentVariable("TRIAD_INDEX_DIR", INDEX_DIR)
                .addEnvironmentVariable("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=70")
                .addLabel("org.opencontainers.image.title", "Triad")
                .containerize(Containerizer.to(TarImage.at(out).named(args[3]))
                        .setBaseImageLayersCache(cache.resolve("base")).setApplicationLayersCache(cache.resolve("app"))
                        .setOfflineMode(true).setToolName("triad-image-builder"));
        System.out.printf("Image %s written to %s (digest %s)%n", args[3], out, built.getDigest());
        Files.delete(empty);
    }

    private static FileEntriesLayer layer(String name, Path source, AbsoluteUnixPath target) throws Exception {
        return FileEntriesLayer.builder().setName(name).addEntryRecursive(source, target).build();
    }
}
