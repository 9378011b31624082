package io.triad.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notification jobs' schedules ({@code off} turns one off). */
@ConfigMapping(prefix = "triad.notifications")
interface NotificationConfig {
    /** TRIAD_NOTIFICATIONS_EXPIRY_EVERY: how often expired invitations are looked for. */
    @WithDefault("1h")
    String expiryEvery();
}
