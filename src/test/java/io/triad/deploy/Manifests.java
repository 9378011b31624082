package io.triad.deploy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An overlay of k8s/ rendered by {@code kubectl kustomize}: its documents as plain maps, and the core ones parsed into
 * fabric8's Kubernetes model. fabric8 keeps a field it does not know in {@code additionalProperties}; {@link #unknown}
 * finds them, so a misspelt or misplaced field fails instead of being dropped by the API server.
 */
final class Manifests {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    final List<Map<String, Object>> documents;

    private Manifests(List<Map<String, Object>> documents) {
        this.documents = documents;
    }

    /**
     * Whether a kubectl with kustomize 4 or later is on the PATH: Debian 12's kubernetes-client (1.20) embeds kustomize
     * 2.0.3, which knows neither {@code labels} nor targeted {@code patches}.
     */
    static boolean kubectlAvailable() {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher version = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)").matcher(out);
            return kubectl.waitFor(30, TimeUnit.SECONDS) && version.find() && Integer.parseInt(version.group(1)) >= 4;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Manifests render(String overlay) {
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", Path.of("k8s", "overlays", overlay).toString())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize k8s/overlays/" + overlay + " failed");
            }
            String yaml = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            List<Map<String, Object>> documents = new ArrayList<>();
            try (MappingIterator<Map<String, Object>> all = YAML.readerForMapOf(Object.class).readValues(yaml)) {
                all.forEachRemaining(document -> {
                    if (document != null && !document.isEmpty()) {
                        documents.add(document);
                    }
                });
            }
            return new Manifests(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    /** Custom resources: their operators' CRDs define them ({@link CrdSchema}), not fabric8's model. */
    static final java.util.Set<String> CUSTOM_GROUPS = java.util.Set.of("postgresql.cnpg.io", "monitoring.coreos.com");

    static boolean isCore(Map<String, Object> document) {
        String apiVersion = (String) document.get("apiVersion");
        return !CUSTOM_GROUPS.contains(apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
    }

    /** A core document in fabric8's model; fails for a kind the model does not know (a typo in kind or apiVersion). */
    static HasMetadata parse(Map<String, Object> document) {
        HasMetadata parsed = KUBERNETES.convertValue(document, HasMetadata.class);
        if (parsed instanceof GenericKubernetesResource) {
            throw new AssertionError("Not a core Kubernetes kind: " + document.get("apiVersion") + " " + document.get("kind"));
        }
        return parsed;
    }

    <T extends HasMetadata> List<T> parsed(Class<T> type) {
        return documents.stream().filter(Manifests::isCore).map(Manifests::parse).filter(type::isInstance).map(type::cast).toList();
    }

    /** The paths of the fields fabric8 did not recognise anywhere in {@code model}. */
    static List<String> unknown(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, model.getClass().getSimpleName(), found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, found));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else {
                walk(value, path + "." + Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4),
                        found);
            }
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
