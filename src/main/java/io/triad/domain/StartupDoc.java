package io.triad.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A startup with its openings, as DATA.md describes it. */
public record StartupDoc(String key, String name, String description, Stage stage, String region, String city,
        List<Sector> sectors, int headcount, LocalDate foundedOn, boolean incorporated, boolean forProfit,
        List<OpeningDoc> openings, @JsonInclude(JsonInclude.Include.NON_NULL) String owner) {

    public StartupDoc {
        sectors = sectors == null ? List.of() : sectors;
        openings = openings == null ? List.of() : openings;
    }

    public StartupDoc withOwner(String newOwner) {
        return new StartupDoc(key, name, description, stage, region, city, sectors, headcount, foundedOn,
                incorporated, forProfit, openings, newOwner);
    }

    public StartupDoc withOpenings(List<OpeningDoc> newOpenings) {
        return new StartupDoc(key, name, description, stage, region, city, sectors, headcount, foundedOn,
                incorporated, forProfit, newOpenings, owner);
    }
}
