package org.careerguide.model;

import java.util.List;
import java.util.Optional;

/**
 * The optional catalogues {@code terms/skills.yaml}, {@code terms/employers.yaml} and
 * {@code terms/sectors.yaml}: a description, a fixed slug and the spellings of each term.
 */
public record TermCatalogues(List<CatalogueTerm> skills, List<CatalogueTerm> employers,
                             List<CatalogueTerm> sectors) {

    public static final TermCatalogues NONE = new TermCatalogues(List.of(), List.of(), List.of());

    public TermCatalogues {
        skills = List.copyOf(skills);
        employers = List.copyOf(employers);
        sectors = List.copyOf(sectors);
    }

    /**
     * One catalogued term.
     *
     * @param slug     its fixed URL segment; empty to make it from the name
     * @param category for skills: skill, knowledge, tool, ...
     */
    public record CatalogueTerm(Text name, Optional<Text> slug, Optional<Text> description, List<Text> aliases,
                                Optional<Text> category, SourcePosition position) {

        public CatalogueTerm {
            aliases = List.copyOf(aliases);
        }
    }
}
