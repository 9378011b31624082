package io.triad.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reminder job's schedule ({@code off} turns it off). */
@ConfigMapping(prefix = "triad.calendar")
interface CalendarConfig {
    /** TRIAD_CALENDAR_REMINDER_CRON: when founders are reminded of deadlines within 14 days, in TRIAD_ZONE. */
    @WithDefault("0 0 6 * * ?")
    String reminderCron();
}
