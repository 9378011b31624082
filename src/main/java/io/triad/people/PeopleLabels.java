package io.triad.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of the startup and student forms: fields, hints, enumeration values, rule ids, match reasons and
 * error messages; French in messages/peopleLabels_fr.properties (kept in sync by a test).
 */
@MessageBundle(value = "peopleLabels", locale = "en")
public interface PeopleLabels {
    @Message("{#when v}{#is 'IDEA'}Idea{#is 'PRE_SEED'}Pre-seed{#is 'SEED'}Seed{#is 'SERIES_A'}Series A{#is 'GROWTH'}Growth{#else}{v}{/when}")
    String stage(String v);

    @Message("{#when v}{#is 'SOFTWARE'}Software{#is 'HARDWARE'}Hardware{#is 'CLEANTECH'}Clean technology{#is 'LIFE_SCIENCES'}Life sciences{#is 'FINTECH'}Financial technology{#is 'AGRIFOOD'}Agri-food{#is 'ADVANCED_MANUFACTURING'}Advanced manufacturing{#is 'MEDIA'}Media{#is 'EDUCATION'}Education{#is 'SOCIAL_IMPACT'}Social impact{#is 'OTHER'}Other{#else}{v}{/when}")
    String sector(String v);

    @Message("{#when v}{#is 'COLLEGE'}College{#is 'BACHELOR'}Bachelor's{#is 'MASTER'}Master's{#is 'PHD'}Doctorate (PhD){#else}{v}{/when}")
    String level(String v);

    @Message("{#when v}{#is 'COMPUTER_SCIENCE'}Computer science{#is 'ENGINEERING'}Engineering{#is 'MATHEMATICS_STATISTICS'}Mathematics and statistics{#is 'NATURAL_SCIENCES'}Natural sciences{#is 'HEALTH_SCIENCES'}Health sciences{#is 'BUSINESS'}Business{#is 'DESIGN_ARTS'}Design and arts{#is 'SOCIAL_SCIENCES_HUMANITIES'}Social sciences and humanities{#is 'TRADES'}Trades{#is 'OTHER'}Other{#else}{v}{/when}")
    String study_field(String v);

    @Message("{#when v}{#is 'ENROLLED_FULL_TIME'}Enrolled full time{#is 'ENROLLED_PART_TIME'}Enrolled part time{#is 'GRADUATED'}Graduated{#is 'NOT_ENROLLED'}Not enrolled{#else}{v}{/when}")
    String enrolment(String v);

    @Message("{#when v}{#is 'CITIZEN'}Citizen{#is 'PERMANENT_RESIDENT'}Permanent resident{#is 'PROTECTED_PERSON'}Protected person{#is 'INTERNATIONAL'}International (study or work permit){#else}{v}{/when}")
    String work_status(String v);

    @Message("{#when v}{#is 'WOMAN_IN_STEM'}Woman in science, technology, engineering or mathematics{#is 'INDIGENOUS'}Indigenous person{#is 'PERSON_WITH_DISABILITY'}Person with a disability{#is 'NEWCOMER'}Newcomer to Canada{#is 'VISIBLE_MINORITY'}Member of a visible minority{#is 'FIRST_YEAR_STUDENT'}First-year student{#else}{v}{/when}")
    String group(String v);

    @Message("{#when v}{#is 'ONSITE'}On site{#is 'HYBRID'}Hybrid{#is 'REMOTE'}Remote{#else}{v}{/when}")
    String work_mode(String v);

    @Message("{#when v}{#is 'WAGE_SUBSIDY'}Wage subsidy{#is 'TAX_CREDIT'}Tax credit{#is 'INTERNSHIP_GRANT'}Internship grant{#is 'GRANT'}Grant{#is 'LOAN'}Loan{#is 'VOUCHER'}Voucher{#else}{v}{/when}")
    String kind(String v);

    @Message("{#when v}{#is 'fr'}French{#else}English{/when}")
    String language(String v);

    @Message("{#when v}{#is 'intake.opens'}Intake opening date{#is 'intake.deadline'}Application deadline{#is 'capacity'}Places left"
            + "{#is 'employer.stages'}Startup stage{#is 'employer.minHeadcount'}Minimum headcount{#is 'employer.maxHeadcount'}Maximum headcount"
            + "{#is 'employer.minCompanyAgeYears'}Minimum company age (years){#is 'employer.maxCompanyAgeYears'}Maximum company age (years)"
            + "{#is 'employer.regions'}Startup region{#is 'employer.sectors'}Startup sector{#is 'employer.mustBeIncorporated'}Incorporation"
            + "{#is 'employer.forProfitOnly'}For-profit status{#is 'student.levels'}Level of study{#is 'student.fields'}Field of study"
            + "{#is 'student.enrolment'}Enrolment{#is 'student.recentGradMonths'}Recent graduation{#is 'student.workStatus'}Work status"
            + "{#is 'student.minAge'}Minimum age{#is 'student.maxAge'}Maximum age{#is 'student.regions'}Student's region"
            + "{#is 'placement.minWeeks'}Minimum placement length (weeks){#is 'placement.maxWeeks'}Maximum placement length (weeks)"
            + "{#is 'placement.minHoursPerWeek'}Minimum hours per week{#is 'placement.earliestStart'}Earliest start date"
            + "{#is 'placement.latestStart'}Latest start date{#is 'opening.levels'}Level of study{#is 'opening.fields'}Field of study"
            + "{#is 'opening.availability'}Availability{#is 'opening.workMode'}Work mode{#is 'scope'}Kind of program{#else}{v}{/when}")
    String rule(String v);

    @Message("{#when v}{#is 'CA'}Canada{#is 'CA-AB'}Alberta{#is 'CA-BC'}British Columbia{#is 'CA-MB'}Manitoba{#is 'CA-NB'}New Brunswick"
            + "{#is 'CA-NL'}Newfoundland and Labrador{#is 'CA-NS'}Nova Scotia{#is 'CA-NT'}Northwest Territories{#is 'CA-NU'}Nunavut"
            + "{#is 'CA-ON'}Ontario{#is 'CA-PE'}Prince Edward Island{#is 'CA-QC'}Quebec{#is 'CA-SK'}Saskatchewan{#is 'CA-YT'}Yukon"
            + "{#else}{v}{/when}")
    String region(String v);

    /** Near misses in plain words: what a rule needs and what was found. */
    @Message("at least {n}")
    String miss_at_least(String n);

    @Message("at most {n}")
    String miss_at_most(String n);

    @Message("fewer than {n}")
    String miss_fewer_than(String n);

    @Message("on or after {date}")
    String miss_on_or_after(String date);

    @Message("on or before {date}")
    String miss_on_or_before(String date);

    @Message("{#if v}yes{#else}no{/if}")
    String miss_flag(boolean v);

    @Message("{head} or {last}")
    String miss_or(String head, String last);

    @Message("available from {from} to {until}")
    String miss_available(String from, String until);

    @Message("available from {from}")
    String miss_available_from(String from);

    @Message("{#when v}{#is 'PLACEMENT'}a program for student placements{#is 'COMPANY'}a program for companies{#else}{v}{/when}")
    String miss_scope(String v);

    @Message("{#when v}{#is 'FIELD'}field of study fits{#is 'LEVEL'}level of study fits{#is 'AVAILABLE'}available for the whole placement"
            + "{#is 'REMOTE'}remote work{#is 'REGION'}lives in the startup's region{#is 'COUNTRY'}same country as the startup"
            + "{#is 'ABROAD'}outside the startup's country{#is 'WORK_MODE'}wants this work mode"
            + "{#is 'SECTOR'}interested in the startup's sector{#else}{v}{/when}")
    String reason(String v);

    @Message("{matched} of {total} skills")
    String reason_skills(int matched, int total);

    @Message("Choose…")
    String choose();

    @Message("Optional.")
    String optional();

    @Message("Type or choose a province, territory or country, such as Ontario or Quebec.")
    String hint_region();

    @Message("Separate skills with commas, for example: python, sql, data visualisation.")
    String hint_skills();

    @Message("Check all that apply.")
    String hint_check_all();

    @Message("Name")
    String f_name();

    @Message("Description")
    String f_description();

    @Message("Stage")
    String f_stage();

    @Message("Region")
    String f_region();

    @Message("City")
    String f_city();

    @Message("Sectors")
    String f_sectors();

    @Message("Headcount")
    String f_headcount();

    @Message("Everyone working at the startup, founders included.")
    String hint_headcount();

    @Message("Founding date")
    String f_founded_on();

    @Message("Legal form")
    String f_legal_form();

    @Message("The startup is incorporated")
    String f_incorporated();

    @Message("The startup is for profit")
    String f_for_profit();

    @Message("{#when v}{#is 'name'}Enter the startup's name, up to 200 characters.{#is 'description'}Shorten the description to at most 4,000 characters."
            + "{#is 'stage'}Choose the startup's stage.{#is 'region'}Choose a province, territory or country from the list, such as Ontario."
            + "{#is 'city'}Shorten the city to at most 100 characters.{#is 'sectors'}Choose sectors from the list."
            + "{#is 'headcount'}Enter the headcount as a whole number, 1 or more.{#is 'foundedOn'}Enter the founding date; it cannot be in the future."
            + "{#else}Something in the form could not be saved. Check the values and try again.{/when}")
    String startup_error(String v);

    @Message("Title")
    String f_title();

    @Message("Skills")
    String f_skills();

    @Message("Levels of study")
    String f_levels();

    @Message("Fields of study")
    String f_fields();

    @Message("Leave all unchecked to accept every one.")
    String hint_any();

    @Message("Start date")
    String f_start_date();

    @Message("Length in weeks")
    String f_weeks();

    @Message("A whole number from 1 to 104.")
    String hint_weeks();

    @Message("Hours per week")
    String f_hours();

    @Message("From 1 to 80, for example 37.5.")
    String hint_hours();

    @Message("Hourly wage")
    String f_wage();

    @Message("In Canadian dollars, for example 28.50. Funding is computed from the wage, the hours and the weeks.")
    String hint_wage();

    @Message("Work mode")
    String f_work_mode();

    @Message("Positions")
    String f_positions();

    @Message("Language of the title and description")
    String f_language();

    @Message("{#when v}{#is 'title'}Enter a title, up to 200 characters.{#is 'description'}Shorten the description to at most 4,000 characters."
            + "{#is 'skills'}Enter at most 50 skills separated by commas, each up to 60 characters.{#is 'levels'}Choose levels from the list."
            + "{#is 'fields'}Choose fields from the list.{#is 'startDate'}Enter the start date."
            + "{#is 'weeks'}Enter the length in weeks, a whole number from 1 to 104.{#is 'hoursPerWeek'}Enter the hours per week, a number from 1 to 80."
            + "{#is 'hourlyWage'}Enter the hourly wage in dollars, 0 or more, for example 28.50.{#is 'workMode'}Choose the work mode."
            + "{#is 'positions'}Enter the number of positions, a whole number, 1 or more.{#is 'language'}Choose English or French."
            + "{#else}Something in the form could not be saved. Check the values and try again.{/when}")
    String opening_error(String v);

    @Message("Kind")
    String f_kind();

    @Message("Amount")
    String f_amount();

    @Message("Full name")
    String f_full_name();

    @Message("Email")
    String f_email();

    @Message("Institution")
    String f_institution();

    @Message("Field of study")
    String f_field();

    @Message("Level of study")
    String f_level();

    @Message("Enrolment")
    String f_enrolment();

    @Message("Graduation date")
    String f_graduation();

    @Message("Expected or past. Needed when you have graduated.")
    String hint_graduation();

    @Message("Work status")
    String f_work_status();

    @Message("Birth date")
    String f_birth_date();

    @Message("Groups you identify with")
    String f_groups();

    @Message("Some programs pay a higher rate for placements of students in these groups.")
    String hint_groups();

    @Message("Let startups see the higher funding rate I qualify for")
    String f_share_enhanced();

    @Message("If you check this, startups see the higher amount a program pays for a placement with you, never which group you belong to. If you leave it unchecked, they see the standard amount with a note that more may be possible.")
    String hint_share_enhanced();

    @Message("Available from")
    String f_available_from();

    @Message("Available until")
    String f_available_until();

    @Message("Leave empty if you have no end date.")
    String hint_available_until();

    @Message("Work modes you accept")
    String f_work_modes();

    @Message("Leave all unchecked if any work mode suits you.")
    String hint_work_modes();

    @Message("Sectors that interest you")
    String f_interests();

    @Message("About you")
    String f_bio();

    @Message("Language of your profile")
    String f_profile_language();

    @Message("{#when v}{#is 'name'}Enter your name, up to 200 characters.{#is 'email'}Enter an email address such as name@example.org."
            + "{#is 'institution'}Shorten the institution to at most 200 characters.{#is 'field'}Choose your field of study."
            + "{#is 'level'}Choose your level of study.{#is 'enrolment'}Choose your enrolment."
            + "{#is 'graduationDate'}Enter your graduation date; it is needed when you have graduated.{#is 'workStatus'}Choose a work status from the list."
            + "{#is 'birthDate'}Enter your birth date; it must be in the past.{#is 'region'}Choose a province, territory or country from the list, such as Ontario."
            + "{#is 'skills'}Enter at most 50 skills separated by commas, each up to 60 characters.{#is 'interests'}Choose sectors from the list."
            + "{#is 'bio'}Shorten the text about you to at most 4,000 characters.{#is 'availableFrom'}Enter the date you are available from."
            + "{#is 'availableUntil'}Enter a date on or after the date you are available from, or leave it empty."
            + "{#is 'workModes'}Choose work modes from the list.{#is 'groups'}Choose groups from the list.{#is 'language'}Choose English or French."
            + "{#else}Something in the form could not be saved. Check the values and try again.{/when}")
    String student_error(String v);
}
