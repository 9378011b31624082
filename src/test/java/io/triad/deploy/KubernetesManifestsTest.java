package io.triad.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The k8s/ overlays as the cluster would receive them: rendered by {@code kubectl kustomize}, every core object parsed
 * into the Kubernetes model with no unknown field, every custom resource within its CRD's schema, and every Deployment
 * held to the restricted Pod Security Standard.
 */
class KubernetesManifestsTest {
    private static final List<CrdSchema> CRDS = List.of(CrdSchema.load("Cluster.postgresql.cnpg.io.v1.json"),
            CrdSchema.load("ScheduledBackup.postgresql.cnpg.io.v1.json"),
            CrdSchema.load("PodMonitor.monitoring.coreos.com.v1.json"),
            CrdSchema.load("PrometheusRule.monitoring.coreos.com.v1.json"));

    @BeforeAll
    static void needsKubectl() {
        assumeTrue(Manifests.kubectlAvailable(),
                "ASSUMPTION: no kubectl with kustomize >= 4 on the PATH, so k8s/ is neither rendered nor checked in this run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyCoreObjectParsesWithoutUnknownFields(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> kinds = new TreeSet<>();
        for (Map<String, Object> document : manifests.documents) {
            if (!Manifests.isCore(document)) {
                continue;
            }
            HasMetadata parsed = Manifests.parse(document);
            kinds.add(parsed.getKind());
            assertThat(Manifests.unknown(parsed)).as("unknown fields of %s %s", parsed.getKind(),
                    parsed.getMetadata().getName()).isEmpty();
        }
        assertThat(kinds).containsExactlyInAnyOrder("ConfigMap", "Deployment", "Service", "Ingress",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyCustomResourceKeepsToItsCrd(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> kinds = new TreeSet<>();
        for (Map<String, Object> document : manifests.documents) {
            if (Manifests.isCore(document)) {
                continue;
            }
            CrdSchema crd = CRDS.stream().filter(c -> c.describes(document)).findFirst()
                    .orElseThrow(() -> new AssertionError("No CRD for " + document.get("apiVersion") + " " + document.get("kind")));
            assertThat(crd.check(document)).as("%s against its CRD", document.get("kind")).isEmpty();
            kinds.add((String) document.get("kind"));
        }
        assertThat(kinds).containsExactlyInAnyOrder("Cluster", "ScheduledBackup", "PodMonitor", "PrometheusRule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentMeetsTheRestrictedPodSecurityStandard(String overlay) {
        List<Deployment> deployments = Manifests.render(overlay).parsed(Deployment.class);
        assertThat(deployments).isNotEmpty();
        for (Deployment deployment : deployments) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostIPC()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getHostPath()).as("hostPath").isNull());
            for (Container container : concat(pod.getInitContainers(), pod.getContainers())) {
                var security = container.getSecurityContext();
                assertThat(security.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
                assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
                assertThat(security.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
                assertThat(security.getRunAsNonRoot()).isNotEqualTo(Boolean.FALSE);
                assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
                assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
                assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
                assertThat(container.getPorts()).allSatisfy(p -> assertThat(p.getHostPort()).isNull());
                assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void triadProbesItsHealthAndWritesOnlyToItsIndexAndTemporaryVolumes(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Deployment triad = manifests.parsed(Deployment.class).get(0);
        PodSpec pod = triad.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        // readiness includes the search-index check: DOWN until the index is built from PostgreSQL
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        Map<String, String> config = manifests.parsed(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("triad-config")).findFirst().orElseThrow().getData();
        assertThat(container.getVolumeMounts()).extracting(VolumeMount::getMountPath)
                .containsExactlyInAnyOrder(config.get("TRIAD_INDEX_DIR"), "/tmp");
        assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getEmptyDir()).as(v.getName()).isNotNull())
                .extracting(Volume::getName).containsExactlyInAnyOrderElementsOf(
                        container.getVolumeMounts().stream().map(VolumeMount::getName).toList());
        assertThat(config.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://triad-db-rw:5432/");
        assertThat(container.getEnv()).filteredOn(e -> e.getName().startsWith("QUARKUS_DATASOURCE_"))
                .extracting(EnvVar::getName, e -> e.getValueFrom().getSecretKeyRef().getName())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("QUARKUS_DATASOURCE_USERNAME", "triad-db-app"),
                        org.assertj.core.groups.Tuple.tuple("QUARKUS_DATASOURCE_PASSWORD", "triad-db-app"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDatasourceSecretIsTheOneCloudNativePgGeneratesForTheCluster(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> cluster = manifests.ofKind("Cluster").get(0);
        String name = (String) ((Map<?, ?>) cluster.get("metadata")).get("name");
        assertThat(Manifests.render(overlay).parsed(Deployment.class).get(0).getSpec().getTemplate().getSpec()
                .getContainers().get(0).getEnv()).filteredOn(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                .extracting(e -> e.getValueFrom().getSecretKeyRef().getName()).containsExactly(name + "-app");
        Map<?, ?> spec = (Map<?, ?>) cluster.get("spec");
        Map<?, ?> store = (Map<?, ?>) ((Map<?, ?>) spec.get("backup")).get("barmanObjectStore");
        assertThat(store.get("destinationPath")).asString().startsWith("s3://");
        Map<?, ?> scheduled = (Map<?, ?>) manifests.ofKind("ScheduledBackup").get(0).get("spec");
        assertThat(((Map<?, ?>) scheduled.get("cluster")).get("name")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheIngressControllerComesInAndOnlyDnsPostgresAndSmtpGoOut(String overlay) {
        NetworkPolicy policy = Manifests.render(overlay).parsed(NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("triad")).findFirst().orElseThrow();
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .singleElement().satisfies(from -> assertThat(from.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx")));
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(3);
        assertThat(ports(egress.get(0))).containsExactlyInAnyOrder("UDP/53", "TCP/53");
        assertThat(ports(egress.get(1))).containsExactly("TCP/5432");
        assertThat(egress.get(1).getTo()).singleElement()
                .satisfies(to -> assertThat(to.getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", "triad-db"));
        assertThat(ports(egress.get(2))).containsExactlyInAnyOrder("TCP/587", "TCP/465", "TCP/25");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void replicasFollowTheOverlay(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        int replicas = overlay.equals("dev") ? 1 : 3;
        assertThat(manifests.parsed(Deployment.class).get(0).getSpec().getReplicas()).isEqualTo(replicas);
        assertThat(manifests.parsed(HorizontalPodAutoscaler.class).get(0).getSpec().getMinReplicas()).isEqualTo(replicas);
        Map<?, ?> cluster = (Map<?, ?>) manifests.ofKind("Cluster").get(0).get("spec");
        assertThat(cluster.get("instances")).isEqualTo(overlay.equals("dev") ? 1 : 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void alertsAndDashboardUseTriadsOwnMetrics(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        ConfigMap dashboard = manifests.parsed(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("triad-grafana-dashboard")).findFirst().orElseThrow();
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        JsonNode json = new ObjectMapper().readTree(dashboard.getData().get("triad-dashboard.json"));
        Set<String> used = new TreeSet<>();
        json.findValues("expr").forEach(expr -> used.addAll(metricNames(expr.asText())));
        assertThat(used).containsExactlyInAnyOrderElementsOf(ExportedMetrics.ALL);

        Map<?, ?> rules = (Map<?, ?>) manifests.ofKind("PrometheusRule").get(0).get("spec");
        String all = new ObjectMapper().writeValueAsString(rules);
        assertThat(all).contains("TriadNotReady", "TriadHighErrorRate", "TriadSlowRequests", "TriadIndexLagging",
                "TriadMailOutboxBacklog", "TriadProgramBudgetNearlyCommitted");
        Set<String> inRules = metricNames(all);
        inRules.remove("kube_pod_status_ready"); // kube-state-metrics: a pod's readiness is the cluster's to report
        assertThat(ExportedMetrics.ALL).containsAll(inRules);
        assertThat(inRules).contains(ExportedMetrics.INDEX_LAG, ExportedMetrics.MAIL_OUTBOX,
                ExportedMetrics.BUDGET_COMMITTED, ExportedMetrics.HTTP);
    }

    /** The series names in a PromQL text: Triad's, Quarkus' HTTP timer and kube-state-metrics' (suffixes dropped). */
    private static Set<String> metricNames(String promql) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\b((?:triad|http_server|kube)_[a-z0-9_]+)").matcher(promql);
        while (m.find()) {
            names.add(m.group(1).replaceAll("_(count|sum|bucket|max)$", ""));
        }
        return names;
    }

    private static List<String> ports(NetworkPolicyEgressRule rule) {
        return rule.getPorts().stream().map(KubernetesManifestsTest::port).toList();
    }

    private static String port(NetworkPolicyPort port) {
        return port.getProtocol() + "/" + port.getPort().getIntVal();
    }

    private static List<Container> concat(List<Container> a, List<Container> b) {
        return java.util.stream.Stream.concat(a == null ? java.util.stream.Stream.empty() : a.stream(), b.stream()).toList();
    }
}
