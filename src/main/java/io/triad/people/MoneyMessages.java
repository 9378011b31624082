package io.triad.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * How an amount was computed, and the fit legend: the match pages' money explained. French in
 * messages/money_fr.properties (kept in sync by MessageBundlesInSyncTest). Parameters are preformatted text.
 */
@MessageBundle(value = "money", locale = "en")
public interface MoneyMessages {
    @Message("a flat {amount} per placement")
    String flat(String amount);

    @Message("{percent}% of {wages} in gross wages")
    String percent(String percent, String wages);

    @Message("{percent}% of {wages} in gross wages, capped at {cap}")
    String percent_capped(String percent, String wages, String cap);

    @Message("{percent}% of {wages} in gross wages (up to {cap})")
    String percent_under_cap(String percent, String wages, String cap);

    @Message("enhanced rate: you shared that you qualify")
    String enhanced_shared_student();

    @Message("enhanced rate: the student shared that they qualify")
    String enhanced_shared_founder();

    @Message("enhanced rate")
    String enhanced_applied();

    @Message("cannot be combined with other programs")
    String alone();

    @Message("paid in {currency}: not counted in the total")
    String other_currency(String currency);

    @Message("Gross wages")
    String wages();

    @Message("{wage} an hour × {hours} hours a week × {weeks} weeks")
    String wages_how(String wage, String hours, String weeks);

    @Message("Funding together")
    String total();

    @Message("the programs may be combined, so their amounts add up")
    String total_stacked();

    @Message("some programs cannot be combined: the larger of the best one alone and the others added up")
    String total_alone();

    @Message("from one program")
    String total_one();

    @Message("never more than the gross wages")
    String total_capped();

    @Message("Cost to the startup after funding")
    String net();

    @Message("gross wages minus the funding together")
    String net_how();

    @Message("not known")
    String unknown();

    @Message("Fit: how well skills, field and level of study, work mode and region match the opening, as a percentage of the best possible. It never counts funding or anything private.")
    String fit_legend();

    @Message("Fit")
    String fit();

    @Message("{change} to unlock {program} for {count} students.")
    String miss_action(String change, String program, String count);

    @Message("Make this opening at least {n} weeks long")
    String miss_min_weeks(String n);

    @Message("Make this opening at most {n} weeks long")
    String miss_max_weeks(String n);

    @Message("Offer at least {n} hours a week")
    String miss_min_hours(String n);

    @Message("Start this opening {when}")
    String miss_start(String when);

    @Message("Change this opening's {rule} ({need})")
    String miss_change(String rule, String need);

    @Message("{#if n == '1'}1 more program is{#else}{n} more programs are{/if} within reach too.")
    String miss_more(String n);

    @Message("{#if n == '1'}1 other program needs{#else}{n} other programs need{/if} what cannot be changed here (a region, the company's facts, a long list).")
    String miss_out_of_reach(String n);

    @Message("Unlock more funding for this opening")
    String miss_actions_title();

    @Message("Its start date has passed: no student can be placed on it and no program will fund it.")
    String started_warning();

    @Message("Change the start date")
    String started_fix();
}
