package io.triad.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The image that {@code ./mvnw -Pimage package} wrote (target/image/triad.tar, run by that profile only): it runs
 * Triad's fast-jar as user 10001, never root, on port 8080, and its only directory owned by that user is the index's.
 */
class ImageConfigCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path IMAGE = Path.of(System.getProperty("triad.image", "target/image/triad.tar"));

    /** A file of the image: its owner and mode. */
    record Entry(int uid, int mode) {
    }

    @Test
    void theImageRunsTriadAsANonRootUserOnPort8080() throws IOException {
        Map<String, byte[]> archive = untar(Files.newInputStream(IMAGE));
        JsonNode manifest = JSON.readTree(archive.get("manifest.json")).get(0);
        JsonNode config = JSON.readTree(archive.get(manifest.get("Config").asText())).get("config");
        assertThat(config.get("User").asText()).isEqualTo(ImageBuilder.USER).doesNotStartWith("0");
        assertThat(JSON.convertValue(config.get("Entrypoint"), List.class)).isEqualTo(ImageBuilder.ENTRYPOINT);
        assertThat(config.get("ExposedPorts").fieldNames()).toIterable().containsExactly(ImageBuilder.PORT + "/tcp");
        assertThat(config.get("Env").toString()).contains("TRIAD_INDEX_DIR=" + ImageBuilder.INDEX_DIR);

        Map<String, Entry> files = new HashMap<>();
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] bytes = archive.get(layer.asText());
            InputStream in = new ByteArrayInputStream(bytes);
            files.putAll(entries(bytes[0] == 0x1f && bytes[1] == (byte) 0x8b ? new GZIPInputStream(in) : in));
        }
        assertThat(files).containsKeys("deployments/quarkus-run.jar", "deployments/triad.args",
                "usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assertThat(files.get("var/lib/triad/index/")).isEqualTo(new Entry(10001, 0700));
        assertThat(files.entrySet()).filteredOn(e -> e.getValue().uid() == 10001).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("var/lib/triad/", "var/lib/triad/index/");
        assertThat(files.get("deployments/quarkus-run.jar").uid()).isZero();
    }

    /** The files of a tar stream, by name, with their contents. */
    private static Map<String, byte[]> untar(InputStream in) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        walk(in, (name, header, body) -> files.put(name, body));
        return files;
    }

    private static Map<String, Entry> entries(InputStream in) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        walk(in, (name, header, body) -> entries.put(name,
                new Entry((int) octal(header, 108, 8), (int) (octal(header, 100, 8) & 07777))));
        return entries;
    }

    private interface Visitor {
        void visit(String name, byte[] header, byte[] body);
    }

    /** Reads a ustar stream's entries: 512-byte headers, bodies padded to 512 bytes. */
    private static void walk(InputStream in, Visitor visitor) throws IOException {
        try (in) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || header[0] == 0) {
                    return;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                long size = octal(header, 124, 12);
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                String full = (prefix.isEmpty() ? name : prefix + "/" + name).replaceFirst("^\\./", "").replaceFirst("^/", "");
                if (header[156] == 'L') {
                    longName = new String(body, StandardCharsets.UTF_8).replace("\0", "");
                } else if (header[156] == 'x') {
                    java.util.regex.Matcher path = java.util.regex.Pattern.compile("\\d+ path=([^\n]*)\n")
                            .matcher(new String(body, StandardCharsets.UTF_8));
                    longName = path.find() ? path.group(1) : null;
                } else if (header[156] != 'g') {
                    visitor.visit(longName == null ? full : longName.replaceFirst("^\\./", "").replaceFirst("^/", ""),
                            header, body);
                    longName = null;
                }
            }
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String value = text(header, offset, length).trim();
        return value.isEmpty() ? 0 : Long.parseLong(value, 8);
    }
}
