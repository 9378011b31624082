package io.triad.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often saved alerts are looked at ({@code off} turns it off). */
@ConfigMapping(prefix = "triad.alerts")
interface AlertConfig {
    /** TRIAD_ALERTS_EVERY: how often every active alert is checked for new matches. */
    @WithDefault("15m")
    String every();
}
