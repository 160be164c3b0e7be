package vn.giamngheo.household.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.domain.HouseholdRules;
import vn.giamngheo.household.domain.MemberFacts;
import vn.giamngheo.household.mapping.HouseholdMapper;

/**
 * The rules a new household must pass before it is registered, short of the registry's uniqueness of citizen ids:
 * its commune and hamlet, and the roster rules of {@link HouseholdRules}. One check for both ways in: a clerk's
 * registration and every record of an import.
 */
@ApplicationScoped
public class RegistrationCheck {
    private final HouseholdMapper mapper;

    RegistrationCheck(HouseholdMapper mapper) {
        this.mapper = mapper;
    }

    /** Problems as pointers into the body; {@code areas} finds a unit by code (bulk callers pass a cached lookup). */
    public List<FieldError> check(HouseholdCreate in, LocalDate today, Function<String, Optional<AreaDto>> areas) {
        List<FieldError> errors = new ArrayList<>();
        Optional<AreaDto> commune = in.communeCode() == null ? Optional.empty()
                : areas.apply(in.communeCode()).filter(a -> a.level() == AreaLevel.COMMUNE);
        if (in.communeCode() != null && commune.isEmpty()) {
            errors.add(FieldError.body("/communeCode", "UNKNOWN_COMMUNE", "is not a commune of the district"));
        } else if (in.hamletCode() != null && areas.apply(in.hamletCode())
                .filter(a -> a.level() == AreaLevel.HAMLET && a.parentCode().equals(in.communeCode())).isEmpty()) {
            errors.add(FieldError.body("/hamletCode", "UNKNOWN_HAMLET", "is not a hamlet of commune " + in.communeCode()));
        }
        if (in.members() != null) {
            List<MemberFacts> roster = in.members().stream().filter(java.util.Objects::nonNull).map(m -> mapper.facts(m, today)).toList();
            HouseholdRules.checkRoster(roster, today).forEach(v -> errors.add(FieldError.body("/" + v.path(), v.code(), v.detail())));
        }
        return errors;
    }
}
